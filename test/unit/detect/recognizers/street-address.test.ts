import { describe, expect, it } from 'vitest';
import { streetAddressRecognizer } from '../../../../src/detect/recognizers/street-address';
import { recognized } from '../helpers';

describe('street-address', () => {
  it.each([
    // US / UK
    ['Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500', '1600 Pennsylvania Avenue NW, Washington, DC 20500'],
    // An acronym right after the street is the sentence's, not a state ("NHS number", "SSN").
    ['Send it to 221B Baker Street. NHS number below', '221B Baker Street.'],
    ['at 221B Baker Street SSN, 536-22-8726', '221B Baker Street'],
    ['He lives at 221B Baker Street, London NW1 6XY.', '221B Baker Street, London NW1 6XY'],
    ['3744 Retreat Avenue', '3744 Retreat Avenue'],
    ['send it to 42 Elm St. Apt 4B, Springfield, IL 62704', '42 Elm St. Apt 4B, Springfield, IL 62704'],
    ['P.O. Box 104', 'P.O. Box 104'],
    ['PSC 7589, Box 0572\nAPO AE 20040', 'PSC 7589, Box 0572\nAPO AE 20040'],
    ['USS Lorenzen\nFPO AE 25990', 'USS Lorenzen\nFPO AE 25990'],
    // multi-line block
    [
      'Rebecca Hides\n\n1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651\n082 490 1693',
      '1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651',
    ],
    // continental
    ['Meine Adresse: Hauptstraße 5, 10115 Berlin', 'Hauptstraße 5, 10115 Berlin'],
    ['Kalverstraat 12a, 1012 NX Amsterdam', 'Kalverstraat 12a, 1012 NX Amsterdam'],
    ['The bus station is on Vesterskovvej 79', 'Vesterskovvej 79'],
    ['12 rue de la Paix, 75002 Paris', '12 rue de la Paix, 75002 Paris'],
    // India's PIN, written with a space; Sweden's postcode keeps its own shape.
    ['Deliver to: 926 Varrier Junction, Longowal 578 293', '926 Varrier Junction, Longowal 578 293'],
    ['Drottninggatan 12, 111 51 Stockholm', 'Drottninggatan 12, 111 51 Stockholm'],
    // A name on the line above is not part of a street name.
    ['Lenya Bohge\nIm Bruch 55, 10392 Grevenbroich', 'Im Bruch 55, 10392 Grevenbroich'],
    ['Danyka Zulauf\n731 Gorczany Views\nTurlock, MO 17991-4082', '731 Gorczany Views\nTurlock, MO 17991-4082'],
    // Street types of USPS Publication 28 and Royal Mail, Brazil and Portugal.
    ['286 Lebsack Brow\nOxford BS19 0NJ', '286 Lebsack Brow\nOxford BS19 0NJ'],
    ['12 Mission Course, Fresno, CA 93650', '12 Mission Course, Fresno, CA 93650'],
    ['Marginal Clara, 9178', 'Marginal Clara, 9178'],
    ['Calçada do Combro 38', 'Calçada do Combro 38'],
    ['Rue de Rivoli 99', 'Rue de Rivoli 99'],
    ['indirizzo: Via dei Fiorentini 17, Roma', 'Via dei Fiorentini 17, Roma'],
    ['Calle Mayor 3, Madrid', 'Calle Mayor 3, Madrid'],
    ['ul. Zamkowa 33 Apt. 406', 'ul. Zamkowa 33 Apt. 406'],
    ['Villacher Strasse 89', 'Villacher Strasse 89'],
    ['Rákóczi út 13.', 'Rákóczi út 13'],
    ['the corner of Main Street and 5th Avenue', 'the corner of Main Street and 5th Avenue'],
    // a bare "Name 12" with address context
    ['my address is Harjukuja 54, SEINÄJOKI', 'Harjukuja 54, SEINÄJOKI'],
    // lower case
    ['ship to 3911 fourth avenue suite 112', '3911 fourth avenue suite 112'],
  ])('finds %j', (text, value) => {
    expect(recognized(streetAddressRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['During 1971, the company grew'],
    ['Windows 11 and Python 3 are installed'],
    ['See Chapter 5, Section 3'],
    ['iPhone 15 Pro Max'],
    ['ISO 9001 certified'],
    ['I have 2 dogs on the street'],
    ['from the corner of my eye and the window'],
    ['Room 101 at 3 pm'],
    ['const total = items.length + 3 Street;'],
    ['Summer 2019 was hot'],
    ['Kevin 5 points'],
    ['during 5 minutes the string 3 rang'],
  ])('ignores %j', (text) => {
    expect(recognized(streetAddressRecognizer, text)).toEqual([]);
  });
});
