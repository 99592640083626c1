/**
 * The text-kind gate (src/detect/text-kind.ts): in a region of source code, capitalised identifiers, acronyms and
 * library names are not people, places or addresses; a name that code quotes or an author line with an email is.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect';

const weak = (text: string): string[] =>
  detect(text)
    .filter((f) => f.type === 'PERSON' || f.type === 'LOCATION' || f.type === 'STREET_ADDRESS')
    .map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

// Written for this test in the style of a declaration file and a bundle: doc comments, interfaces, classes.
const DECLARATIONS = [
  'interface RequestInit {',
  '    /** A string indicating whether credentials will be sent with the request. Sets Referrer Policy. */',
  '    credentials?: RequestCredentials;',
  '    /** The URI of the resource, as Chrome and Safari resolve it. */',
  '    referrer?: string;',
  '}',
  'declare var Headers: {',
  '    prototype: Headers;',
  '    new(init?: HeadersInit): Headers;',
  '};',
  'type CookieSameSite = "lax" | "none" | "strict";',
  '/**',
  ' * Marks Directory Entries as read. See Promise and Rollup for details.',
  ' */',
  'class StorageQuotaError extends Error {',
  '    constructor(message: string) { super(message); this.name = "StorageQuotaError"; }',
  '}',
].join('\n');

describe('the text-kind gate', () => {
  it('reports no person, place or address in declarations and their comments', () => {
    expect(weak(DECLARATIONS)).toEqual([]);
  });

  it('still reports a name that code quotes as text, and an author line with an email', () => {
    const code = [
      'export function seed(db: Database) {',
      '  const owner = { id: 7, displayName: "Maria Gonzalez" };',
      '  db.users.add(owner);',
      '  // Author: Henrik Johansson <henrik.johansson@acme-mail.se>',
      '  return db;',
      '}',
    ].join('\n');
    const found = weak(code);
    expect(found).toContain('PERSON:Maria Gonzalez');
    expect(found.some((f) => f.includes('Henrik Johansson'))).toBe(true);
  });

  it('leaves prose alone: names and places in a message are found as before', () => {
    const found = weak('Please send the contract to Maria Gonzalez, she moved from Lisbon to Porto last spring.');
    expect(found).toContain('PERSON:Maria Gonzalez');
    expect(found).toContain('LOCATION:Lisbon');
  });

  it('does not read an identifier or an acronym as a name, even in prose', () => {
    expect(weak('The DexieError came from the ModifyError handler, and the URI was empty.')).toEqual([]);
  });
});
