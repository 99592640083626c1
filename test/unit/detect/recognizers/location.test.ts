import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AFTER_LOCATIVE, locationRecognizer, locativeMatches } from '../../../../src/detect/recognizers/location';
import { indexWords } from '../../../../src/detect/words';
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

describe('locativeMatches', () => {
  it('finds what matchAll finds, tried only at locativeStarts', () => {
    const pieces = fc.constantFrom(
      ...['in', 'at', 'to', 'from', 'near', 'went', 'travelling', 'visiting', 'outside', 'road', 'moved', 'In'],
      ...['3in', "rock'in", 'e\u0301in', 'x', ' ', '  ', '\t', '\n', '-', "'", '[NAME_1]', '\uE000'],
      ...['Paris', 'Über', 'ΛΕΥΚΩΣΙΑ', 'İstanbul', '𝐀b', 'Ab', 'paris'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const expected = [...text.matchAll(AFTER_LOCATIVE)].map((m) => `${m.index}:${m[0]}`);
        const found = locativeMatches(text, indexWords(text)).map((m) => `${m.index}:${m[0]}`);
        expect(found).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
  });
});
