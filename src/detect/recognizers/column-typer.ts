import type { EntityType, Finding } from '../types';
import type { Recognizer } from '../recognizer';
import type { Lexicon } from '../lexicon';
import { fold } from '../lexicon';
import { MASK } from '../scan';
import { placeholderRegex } from '../placeholder';
import { columnsOf } from '../columns';
import { ibanMod97, luhn } from '../checksum';
import { ssnValid } from './us-ssn';
import { ADDRESS_COLUMN_WORDS, PERSON_COLUMN_WORDS, PLACE_COLUMN_WORDS } from '../data/columns';

/**
 * Column typer (issue 20, tables): in a table (CSV/TSV/Markdown rows, SQL INSERT … VALUES, JSON objects), a header
 * or key that names a column ("ssn", "phone", "first_name", "dob", "city", "address", "iban") and a majority of
 * cells that validate as that type (a checksum, a shape, a name or place the lexicon knows) type every cell of the
 * column that has the type's shape: the upper-case name, the "Last, First" name, the national-format phone, the
 * undashed SSN a recognizer alone would not report. A column whose cells do not validate is not typed (a "name"
 * column of products, an "address" column of IPs).
 */

interface ColumnType {
  type: EntityType;
  /** The cell can hold a value of the type. */
  shape: RegExp;
  /** The cell is a value of the type (checksum, lexicon), beyond its shape. */
  valid?: (cell: string, lexicon: Lexicon) => boolean;
}

const NAME_WORD = /[\p{L}]+/gu;

// Particles of surnames ("van der Ven", "de la Cruz"): no evidence either way.
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|bin|al|el|mc|o)$/;

/** Half of the cell's words or more (particles aside) are first names or surnames the lexicon knows. */
function knownName(cell: string, lexicon: Lexicon): boolean {
  let words = 0;
  let known = 0;
  for (const w of cell.toLowerCase().match(NAME_WORD) ?? []) {
    if (PARTICLE.test(w)) continue;
    const f = fold(w);
    words++;
    if (w.length > 1 && (lexicon.isFirstName(f) || lexicon.isSurname(f))) known++;
  }
  return known > 0 && known * 2 >= words;
}

const digits = (s: string): string => s.replace(/\D/g, '');

const SSN: ColumnType = { type: 'US_SSN', shape: /^\d{3}([- .]?)\d{2}\1\d{4}$/, valid: (c) => ssnValid(digits(c)) };
const PHONE: ColumnType = {
  type: 'PHONE_NUMBER',
  shape: /^\+?\(?\d[\d ()./-]{5,20}\d$/,
  valid: (c) => {
    const n = digits(c).length;
    return n >= 7 && n <= 15 && !/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(c);
  },
};
const DOB: ColumnType = {
  type: 'DATE_OF_BIRTH',
  shape:
    /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4}|\p{L}{3,9}\.? \d{1,2},? \d{4})$/u,
};
const PERSON: ColumnType = { type: 'PERSON', shape: /^\p{L}[\p{L}'’.-]*(?:,? [\p{L}'’.-]+){0,4}$/u, valid: knownName };
const PLACE: ColumnType = {
  type: 'LOCATION',
  shape: /^\p{L}[\p{L}'’. -]{1,40}$/u,
  valid: (c, lexicon) => lexicon.place(c.toLowerCase()) !== undefined,
};
const ADDRESS: ColumnType = { type: 'STREET_ADDRESS', shape: /^(?=.*\d)(?=.*\p{L}{2})[^@\n]{5,150}$/u };
const IBAN: ColumnType = { type: 'IBAN_CODE', shape: /^[A-Z]{2}\d\d[A-Z0-9 ]{10,32}$/i, valid: ibanMod97 };
const CARD: ColumnType = { type: 'CREDIT_CARD', shape: /^\d[\d -]{11,22}\d$/, valid: (c) => luhn(digits(c)) };

/** Header words naming a column of numbers or dates, in the default languages. */
const NUMBER_COLUMNS = new Map<string, ColumnType>();
const name = (t: ColumnType, list: string): void => list.split(' ').forEach((w) => NUMBER_COLUMNS.set(w, t));
name(SSN, 'ssn ssns');
name(
  PHONE,
  'phone phones telephone tel mobile cell fax phonenumber mobilephone cellphone handy telefon telefonnummer ' +
    'mobilnummer téléphone portable teléfono telefono móvil movil cellulare telefone celular telefoon mobiel gsm',
);
name(DOB, 'dob birthdate birthday birth born geburtsdatum naissance nacimiento nascita nascimento geboortedatum doğum');
name(IBAN, 'iban');
name(CARD, 'card cc ccnum');

// Header words that make the column hold something else than its other words say: "product name", "email
// address", "card id", "ip address".
const OTHER =
  /^(?:e?mail|ip|mac|url|web|id|ids|uuid|key|host|server|product|item|file|company|project|app|domain|brand|model|team|department|org|organi[sz]ation|business|username|login|event|device|service|package|repo|branch|job|task|store|shop|vendor|supplier|category|tag|group|role|plan|course|school|bank|type|path|site|page|tool|expiry|expiration|exp|cvv|cvc|code|hash|country|region|state)$/;

// A placeholder in a header ("[NAME_1]") is a redacted value, not a "name" column: its letters are no header words.
const PLACEHOLDER = placeholderRegex('g');

/** The header's words, lower case, camelCase and snake_case split ("firstName", "first_name" -> "first name"). */
const headerWords = (h: string): string[] =>
  h.length > 40
    ? []
    : (h
        .replace(PLACEHOLDER, ' ')
        .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
        .toLowerCase()
        .match(NAME_WORD) ?? []);

function typeOf(header: string): ColumnType | undefined {
  const words = headerWords(header);
  if (words.length === 0 || words.length > 4 || words.some((w) => OTHER.test(w))) return undefined;
  if (words.includes('social') && words.includes('security')) return SSN;
  for (const w of words) {
    const t = NUMBER_COLUMNS.get(w);
    if (t) return t;
  }
  if (words.some((w) => ADDRESS_COLUMN_WORDS.has(w))) return ADDRESS;
  if (words.some((w) => PLACE_COLUMN_WORDS.has(w))) return PLACE;
  return words.some((w) => PERSON_COLUMN_WORDS.has(w)) ? PERSON : undefined;
}

const EMPTY = /^(?:|null|none|n\/?a|-+|—|\?)$/i;

export const columnTyperRecognizer: Recognizer = {
  id: 'column-typer',
  phase: 'contextual',
  types: [
    'US_SSN',
    'PHONE_NUMBER',
    'DATE_OF_BIRTH',
    'PERSON',
    'LOCATION',
    'STREET_ADDRESS',
    'IBAN_CODE',
    'CREDIT_CARD',
  ],
  find(scan) {
    const { text, lexicon } = scan;
    const out: Finding[] = [];
    for (const col of columnsOf(text)) {
      const t = typeOf(col.header);
      if (!t) continue;
      const { cells } = col;
      let filled = 0;
      let valid = 0;
      const typed: number[] = [];
      for (let k = 0; k < cells.length; k += 2) {
        const cell = text.slice(cells[k]!, cells[k + 1]!);
        if (EMPTY.test(cell)) continue;
        filled++;
        // A cell a validated recognizer claimed (masked) already holds a value: it counts for the column.
        if (cell.includes(MASK)) valid++;
        else if (t.shape.test(cell)) {
          typed.push(cells[k]!, cells[k + 1]!);
          if (!t.valid || t.valid(cell, lexicon)) valid++;
        }
      }
      if (valid === 0 || valid * 2 < filled) continue;
      for (let k = 0; k < typed.length; k += 2) {
        out.push({ type: t.type, start: typed[k]!, end: typed[k + 1]!, score: 0.85, recognizer: 'column-typer' });
      }
    }
    return out;
  },
};
