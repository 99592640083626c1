import { describe, expect, it } from 'vitest';
import { personRecognizer } from '../../../../src/detect/recognizers/person';
import { fullLexicon } from '../../../../src/detect/nlp/lexicon';
import { recognized } from '../helpers';

describe('person', () => {
  it.each([
    // first name + surname, with and without lexicon knowledge of both
    ['Please forward this to John Smith tomorrow.', ['John Smith']],
    ['Teresa Kreutzmann was detained', ['Teresa Kreutzmann']],
    ['Priya Raghunathan and Oluwaseun Adeyemi joined', ['Priya Raghunathan', 'Oluwaseun Adeyemi']],
    ['I met Jürgen Müller in the lobby', ['Jürgen Müller']],
    ['Ask Nguyen Van Minh about it', ['Nguyen Van Minh']],
    // initials and particles
    ['My name is Vanessa P. Hertzog but everyone calls me Vanessa', ['Vanessa P. Hertzog', 'Vanessa']],
    ['Maika van de Noort\nEmployment manager', ['Maika van de Noort']],
    // cues
    ['Hi Vinicio, I have a problem', ['Vinicio']],
    ['Dear Mrs. Okonkwo,', ['Okonkwo']],
    ['my name is rubija', ['rubija']],
    ['Name: Emilie Broberg', ['Emilie Broberg']],
    ['"Don\'t feed me," says Hannah McConnan', ['Hannah McConnan']],
    ['Thanks,\nAksel', ['Aksel']],
    ['Nicole: Remember me, Mary?', ['Nicole', 'Mary']],
    // case variants
    ['please email aksel kristensen today', ['aksel kristensen']],
    ['CALL ROBERT WILLIAMS NOW', ['ROBERT WILLIAMS']],
    // Last, First
    ['Attendees: Hernandez, Carlos', ['Hernandez, Carlos']],
    // lists and email evidence
    ['founded by Kónya, Becker and Vasquez', ['Becker', 'Vasquez']],
    ['Chris Singh - chrissingh@msn.com', ['Chris Singh']],
  ])('finds %j', (text, values) => {
    expect(recognized(personRecognizer, text)).toEqual(expect.arrayContaining(values));
  });

  it.each([
    ['CAN I SPEAK TO A REAL PERSON?!?!'],
    ['my religion does not allow speaking to bots'],
    ['The Quick Brown Fox Jumps'],
    ['Please Note: The Server Is Down'],
    ['Will you grant me access?'],
    ['We use React, Redux and TypeScript'],
    ['const Max = 5; let Grace = true;'],
    ['Acme Corporation announced results'],
    ['I love Paris in the spring'],
    ['Monday, January 5'],
    ['Dear Sir or Madam,'],
    ['The JSON API returns HTTP 200'],
    ['Hello World'],
  ])('ignores %j', (text) => {
    expect(recognized(personRecognizer, text, 0.5, { lexicon: fullLexicon() })).toEqual([]);
  });
});
