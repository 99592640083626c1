import { describe, expect, it } from 'vitest';
import { locationRecognizer } from '../../../../src/detect/recognizers/location';
import { fullLexicon } from '../../../../src/detect/nlp/lexicon';
import { recognized } from '../helpers';

describe('location', () => {
  it.each([
    ['The Princess arrived from New Zealand.', 'New Zealand'],
    ['I moved to Berlin last year', 'Berlin'],
    ['Shipping to São Paulo', 'São Paulo'],
    ['LONDON office', 'LONDON'],
    ['Cyprus (Greek) postal code', 'Cyprus (Greek)'],
    ['flying to Jordan next week', 'Jordan'],
    ['Plan a trip from Niagara Falls to the coast', 'Niagara Falls'],
    ['name,city\nKeven Mante,Eugene', 'Eugene'],
    ['I grew up in Naperville and moved', 'Naperville'],
    // place columns named in other languages
    ['Nachname;Vorname;Ort\nSoboll;Martin;Hürth', 'Hürth'],
    ['| Nom | Ville |\n|---|---|\n| Ann | Pau |', 'Pau'],
  ])('finds %j', (text, value) => {
    expect(recognized(locationRecognizer, text)).toEqual([value]);
  });

  it('takes unknown places after "in/at/from" only with a full dictionary', () => {
    const text = 'I am in Sutri for a business trip';
    expect(recognized(locationRecognizer, text)).toEqual([]);
    expect(recognized(locationRecognizer, text, 0.5, { lexicon: fullLexicon() })).toEqual(['Sutri']);
  });

  it.each([
    ['Michael Jordan scored'],
    ['Chad and Georgia went out'],
    ['Reading is fun'],
    ['const paris = new City("Paris");'],
    ['It was nice to see you'],
    ['I work in Python and Go'],
    ['New hire: Kaylah Metz'],
    ['Introduction to Algorithms, 3rd edition'],
  ])('ignores %j', (text) => {
    expect(recognized(locationRecognizer, text, 0.5, { lexicon: fullLexicon() })).toEqual([]);
  });
});
