/**
 * The placeholder vault at rest (src/background/vault-store.ts): `storage.session` never holds an
 * original value; entries survive a worker restart within a browser session, stop opening in the
 * next browser session, and cannot be moved to another conversation's slot.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

const fake = vi.hoisted(() => ({
  current: undefined as unknown as ReturnType<typeof fakeBrowser>,
}));
vi.mock('../../../src/platform/browser', () => ({
  get browser() {
    return fake.current.browser;
  },
}));

/** A fresh service worker: module state (the cached key) gone, storage kept. */
async function worker() {
  vi.resetModules();
  const { vaultRedact } = await import('../../../src/background/vault');
  const { vaultLookup } = await import('../../../src/background/vault-lookup');
  return { vaultRedact, vaultLookup };
}

const site = { url: 'https://chatgpt.com/c/1', tab: { id: 3 } } as never;
const EMAIL = 'jane.doe@example.com';
const CARD = '4539 1488 0343 6467';
const TEXT = `Mail ${EMAIL}, card ${CARD}`;
const SPANS = [
  { start: 5, end: 5 + EMAIL.length, type: 'EMAIL_ADDRESS' as const },
  { start: TEXT.indexOf(CARD), end: TEXT.length, type: 'CREDIT_CARD' as const },
];
const redactRequest = { conversation: 'chatgpt:/c/1', text: TEXT, spans: SPANS };
const lookupRequest = { conversation: 'chatgpt:/c/1', placeholders: ['[EMAIL_1]', '[CARD_1]'], urls: [] };

beforeEach(() => {
  fake.current = fakeBrowser();
});

describe('the vault at rest', () => {
  it('keeps no original value (nor its digits, nor its local part) anywhere in storage.session', async () => {
    const { vaultRedact, vaultLookup } = await worker();
    expect((await vaultRedact(redactRequest, site)).text).toBe('Mail [EMAIL_1], card [CARD_1]');
    const dump = JSON.stringify(Object.fromEntries(fake.current.session));
    for (const needle of [EMAIL, 'jane.doe', CARD, CARD.replace(/ /g, ''), '4539']) expect(dump).not.toContain(needle);
    expect(fake.current.local.size).toBe(0);
    // ...and yet the values are there for the reply restore.
    expect((await vaultLookup(lookupRequest, site)).values).toEqual({ '[EMAIL_1]': EMAIL, '[CARD_1]': CARD });
  });

  it('opens after the service worker restarts in the same browser session, numbering continued', async () => {
    await (await worker()).vaultRedact(redactRequest, site);
    const next = await worker();
    expect((await next.vaultLookup(lookupRequest, site)).values['[EMAIL_1]']).toBe(EMAIL);
    const again = await next.vaultRedact(
      {
        conversation: 'chatgpt:/c/1',
        text: `${EMAIL} and bob@example.org`,
        spans: [
          { start: 0, end: EMAIL.length, type: 'EMAIL_ADDRESS' },
          { start: EMAIL.length + 5, end: EMAIL.length + 20, type: 'EMAIL_ADDRESS' },
        ],
      },
      site,
    );
    expect(again.text).toBe('[EMAIL_1] and [EMAIL_2]');
  });

  it('does not open in the next browser session, even with the old ciphertext put back', async () => {
    await (await worker()).vaultRedact(redactRequest, site);
    const saved = new Map(fake.current.session);
    // Browser restart: session storage is empty again, the key database (on disk) is not.
    fake.current.session.clear();
    const next = await worker();
    await next.vaultRedact({ conversation: 'other', text: 'x', spans: [] }, site);
    for (const [k, v] of saved) if (k.startsWith('vault:')) fake.current.session.set(k, v);
    expect((await next.vaultLookup(lookupRequest, site)).values).toEqual({});
    // A fresh conversation numbers from 1 again rather than failing the send.
    expect((await next.vaultRedact(redactRequest, site)).text).toBe('Mail [EMAIL_1], card [CARD_1]');
  });

  it('an entry copied into another conversation slot does not open there', async () => {
    const { vaultRedact, vaultLookup } = await worker();
    await vaultRedact(redactRequest, site);
    await vaultRedact({ conversation: 'chatgpt:/c/2', text: 'nothing', spans: [] }, site);
    const names = [...fake.current.session.keys()].filter((k) => k.startsWith('vault:'));
    expect(names).toHaveLength(2);
    const [a, b] = names.map((n) => fake.current.session.get(n));
    // Overwrite both slots with each other's ciphertext: neither opens any more.
    fake.current.session.set(names[0]!, b);
    fake.current.session.set(names[1]!, a);
    const one = await vaultLookup(lookupRequest, site);
    const two = await vaultLookup({ ...lookupRequest, conversation: 'chatgpt:/c/2' }, site);
    expect({ ...one.values, ...two.values }).toEqual({});
  });
});
