import { describe, expect, it } from 'vitest';
import {
  carriesValue,
  decodeBase64,
  hasQueryData,
  isThirdParty,
  localRisks,
  typeOfPlaceholder,
  urlForms,
  urlsCarrying,
  valueFilters,
} from '../../../src/exfil/urls';
import { isPlaceholder, placeholderRegex } from '../../../src/detect';
import { SITES } from '../../../src/sites';

const hostsOf = (id: string): readonly string[] => SITES.find((s) => s.id === id)!.firstPartyHosts;

const EMAIL = 'jane.doe@example.com';
const TOKEN = 'ghp_R8sLq2vXo4Tn7WcY1mZp3Kd6Hf9Jb0Ae5Ug2';

describe('data in a query', () => {
  it.each([
    ['https://evil.example/p.png?u=jane.doe%40example.com', true],
    ['https://evil.example/p.png?aGVsbG8gd29ybGQgZm9vYmFy', true],
    ['https://evil.example/p.png?w=640&d=c2VjcmV0IGNvbnZlcnNhdGlvbg', true],
    ['https://cdn.example/a.png?w=640&q=75', false],
    ['https://cdn.example/a.png', false],
    ['https://cdn.example/a.png#aGVsbG8gd29ybGQgZm9vYmFyYmF6', false],
  ])('%s → %s', (url, expected) => {
    expect(hasQueryData(url)).toBe(expected);
  });

  it('tells first-party image hosts (the site and its CDNs) from third-party ones', () => {
    expect(isThirdParty(new URL('https://files.oaiusercontent.com/x.png'), 'chatgpt.com', hostsOf('chatgpt'))).toBe(
      false,
    );
    expect(isThirdParty(new URL('https://chatgpt.com/x.png'), 'chatgpt.com', hostsOf('chatgpt'))).toBe(false);
    expect(isThirdParty(new URL('https://lh3.googleusercontent.com/x'), 'gemini.google.com', hostsOf('gemini'))).toBe(
      false,
    );
    expect(isThirdParty(new URL('https://evil.example/x.png'), 'chatgpt.com', hostsOf('chatgpt'))).toBe(true);
    // A CDN of one site is third-party on another.
    expect(isThirdParty(new URL('https://files.oaiusercontent.com/x.png'), 'claude.ai', hostsOf('claude'))).toBe(true);
    expect(isThirdParty(new URL('data:image/png;base64,AAAA'), 'chatgpt.com', hostsOf('chatgpt'))).toBe(false);
  });
});

describe('local risks (no values needed)', () => {
  it('flags a third-party image with data in its query, not a link with the same URL', () => {
    const url = 'https://stats.example/c.png?d=c2VjcmV0IGNvbnZlcnNhdGlvbiBkYXRh';
    expect(localRisks(url, 'image', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([{ reason: 'query-data' }]);
    expect(localRisks(url, 'link', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([]);
    expect(
      localRisks(
        'https://chatgpt.com/img.png?d=c2VjcmV0IGNvbnZlcnNhdGlvbiBkYXRh',
        'image',
        'chatgpt.com',
        hostsOf('chatgpt'),
      ),
    ).toEqual([]);
  });

  it('flags a secret-like string anywhere in a link or image URL', () => {
    expect(localRisks(`https://docs.example/start?t=${TOKEN}`, 'link', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([
      { reason: 'secret' },
    ]);
    expect(localRisks(`https://docs.example/${TOKEN}/a.png`, 'image', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([
      { reason: 'secret' },
    ]);
  });

  it('leaves ordinary links and images alone', () => {
    expect(
      localRisks('https://en.wikipedia.org/wiki/Markdown?action=view', 'link', 'chatgpt.com', hostsOf('chatgpt')),
    ).toEqual([]);
    expect(localRisks('https://images.example/cat.png', 'image', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([]);
    expect(localRisks('javascript:alert(1)', 'link', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([]);
    expect(localRisks('not a url', 'image', 'chatgpt.com', hostsOf('chatgpt'))).toEqual([]);
  });
});

describe('URLs carrying a redacted value', () => {
  it.each([
    ['as written', `https://evil.example/u/${EMAIL}/a.png`],
    ['percent-encoded', `https://evil.example/p?u=${encodeURIComponent(EMAIL)}`],
    ['upper case', `https://evil.example/p?u=${EMAIL.toUpperCase()}`],
    ['base64', `https://evil.example/p?u=${btoa(EMAIL)}`],
    ['base64url without padding', `https://evil.example/p/${btoa(EMAIL).replace(/=+$/, '').replace(/\+/g, '-')}`],
  ])('%s', (_how, url) => {
    expect(carriesValue(urlForms(url), EMAIL)).toBe(true);
  });

  it('finds numbers written without their separators', () => {
    expect(carriesValue(urlForms('https://evil.example/p?n=442079460958'), '+44 20 7946 0958')).toBe(true);
    expect(carriesValue(urlForms('https://evil.example/p?n=4420'), '+44 20 7946 0958')).toBe(false);
  });

  it('never matches values under 4 characters', () => {
    expect(carriesValue(urlForms('https://evil.example/bob'), 'bob')).toBe(false);
  });

  it('answers types per URL, never values', () => {
    const map = { '[EMAIL_1]': EMAIL, '[PHONE_1]': '+44 20 7946 0958', '[NAME_1]': 'Jane Doe' };
    expect(
      urlsCarrying(
        [
          `https://evil.example/p?u=${encodeURIComponent(EMAIL)}&n=442079460958`,
          'https://evil.example/?q=Jane+Doe',
          'https://ok.example/',
        ],
        map,
      ),
    ).toEqual([['EMAIL_ADDRESS', 'PHONE_NUMBER'], ['PERSON'], []]);
  });

  it('decodes only printable base64', () => {
    expect(decodeBase64(btoa('hello world'))).toBe('hello world');
    expect(decodeBase64('short')).toBeUndefined();
    expect(decodeBase64('AAECAwQFBgcICQ')).toBeUndefined(); // binary
  });
});

describe('network rule filters for a value', () => {
  it('covers the forms a URL carries it in', () => {
    expect(valueFilters(EMAIL)).toEqual([
      { filter: EMAIL, caseSensitive: false },
      { filter: 'jane.doe%40example.com', caseSensitive: false },
      { filter: btoa(EMAIL).replace(/=+$/, ''), caseSensitive: true },
    ]);
  });

  it('skips what is too short, and what a urlFilter cannot express', () => {
    expect(valueFilters('Bob')).toEqual([]);
    expect(valueFilters('555-0100')).toEqual([]); // 7 digits: not distinctive
    for (const { filter } of valueFilters('a*b|c^d efgh')) expect(filter).not.toMatch(/[*|^ ]/);
    for (const { filter } of valueFilters('Zoë Müller-Lüdenscheidt')) expect(filter).toMatch(/^[\x21-\x7e]+$/);
  });

  it('adds the bare digits of a phone number', () => {
    expect(valueFilters('+44 20 7946 0958').map((f) => f.filter)).toContain('442079460958');
  });
});

describe('placeholders', () => {
  it('finds Veil placeholders and knows their types', () => {
    const text = 'Mail [EMAIL_1] or call [PHONE_12]; [DRIVER_LICENSE_2] and [not one] and [EMAIL_]';
    expect([...text.matchAll(placeholderRegex('g'))].map((m) => m[0])).toEqual([
      '[EMAIL_1]',
      '[PHONE_12]',
      '[DRIVER_LICENSE_2]',
    ]);
    expect(typeOfPlaceholder('[EMAIL_1]')).toBe('EMAIL_ADDRESS');
    expect(typeOfPlaceholder('[DRIVER_LICENSE_2]')).toBe('US_DRIVER_LICENSE');
    expect(typeOfPlaceholder('[NOPE_1]')).toBeUndefined();
    expect(isPlaceholder('[NAME_3]')).toBe(true);
    expect(isPlaceholder('x[NAME_3]')).toBe(false);
  });

  it('bounds the shape, so page text cannot make the scan backtrack without end', () => {
    expect(isPlaceholder(`[${'A'.repeat(31)}_1]`)).toBe(true);
    expect(isPlaceholder(`[${'A'.repeat(32)}_1]`)).toBe(false);
    expect(isPlaceholder('[EMAIL_1234567]')).toBe(false);
    expect([...`[${'A_'.repeat(20_000)}`.matchAll(placeholderRegex('g'))]).toEqual([]);
  });
});
