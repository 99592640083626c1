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
    // lower case in mixed-case text, ALL-CAPS runs, JSON keys, sign-offs, Last, First lists
    ['pls write a birthday msg for maria gonzález, shes turning 30', ['maria gonzález']],
    ['name on license DEONTE CRONIN. Can you write it up?', ['DEONTE CRONIN']],
    ['{"first_name": "Dixie", "city": "Reno"}', ['Dixie']],
    ['asking if i can still fly, sign it Mose Erdman', ['Mose Erdman']],
    ['Sort these:\nWard, Xander\nStoltenberg, Cyril', ['Ward, Xander', 'Stoltenberg, Cyril']],
    ['[19:43] Misty: yes, send me the flight no', ['Misty']],
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
    ['Applicant: see below\nPriority: P2'],
    ['name: api-credentials\ntype: Opaque'],
    ['Plan a trip from Corpus Christi to Port Arthur'],
  ])('ignores %j', (text) => {
    expect(recognized(personRecognizer, text, 0.5, { lexicon: fullLexicon() })).toEqual([]);
  });

  it('reads labels of values, table headers and headerless tables', () => {
    // A word right before a number labels it: not a list neighbour of the names.
    const contract = 'Vertragsinhaber: Roth, Arda, Rufnummer 09838 72794242, Kundennummer 5';
    expect(recognized(personRecognizer, contract)).toEqual(['Roth, Arda']);
    // Header cells are column names ("Ville" is also a Finnish first name); a headerless first row is data.
    const table = '| Nom | Courriel | Ville |\n|---|---|---|\n| Tatiana Vasseur | t.v@yahoo.fr | Pau |';
    expect(recognized(personRecognizer, table)).toEqual(['Tatiana Vasseur']);
    expect(recognized(personRecognizer, 'Ann Lee,ann@x.com\nBob Stone,bob@x.com')).toEqual(['Ann Lee', 'Bob Stone']);
    // A short unknown acronym after a first name is not its surname; everyday words after a cue are no name.
    expect(recognized(personRecognizer, 'Ask John NHS about it')).toEqual(['John']);
    expect(recognized(personRecognizer, 'my name is passport born')).toEqual([]);
  });
});
