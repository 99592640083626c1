import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  eventHash,
  GENESIS,
  sha256Hex,
  verifyEvents,
  type ChainedEvent,
} from '../../../src/audit/chain';

async function chain(n: number): Promise<ChainedEvent[]> {
  const out: ChainedEvent[] = [];
  let prev = GENESIS;
  for (let i = 1; i <= n; i++) {
    const e = {
      seq: i,
      id: `id-${i}-aaaaaaaa`,
      time: 1_700_000_000_000 + i,
      recordedAt: 1_700_000_000_000 + i,
      site: 'claude',
      host: 'claude.ai',
      conversationKey: '',
      action: 'redacted' as const,
      trigger: 'submit' as const,
      counts: { EMAIL_ADDRESS: 1 },
      previews: [{ type: 'EMAIL_ADDRESS' as const, masked: 'j***@e***.com' }],
      mode: 'enforce' as const,
      policyVersion: '',
      settingsHash: 'x',
      extensionVersion: '0.1.0',
    };
    const hash = await eventHash(e, prev);
    out.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"z":1}]},"b":1}',
    );
  });
  it('is stable whatever the insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe('sha256Hex', () => {
  it('matches the standard test vector and Node', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const node = Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode('é'))).toString('hex');
    expect(await sha256Hex('é')).toBe(node);
  });
});

describe('verifyEvents', () => {
  const anchor = { seq: 0, hash: GENESIS };

  it('accepts an intact chain, page by page', async () => {
    const events = await chain(5);
    const head = { seq: 5, hash: events[4]!.hash };
    const report = await verifyEvents([events.slice(0, 2), events.slice(2)], anchor, head);
    expect(report).toMatchObject({ ok: true, checked: 5 });
  });

  it('says which event was edited', async () => {
    const events = await chain(5);
    events[2] = { ...events[2]!, previews: [{ type: 'EMAIL_ADDRESS', masked: 'x***@e***.com' }] };
    const report = await verifyEvents([events], anchor, { seq: 5, hash: events[4]!.hash });
    expect(report.ok).toBe(false);
    expect(report.break).toMatchObject({ seq: 3, problem: 'edited', id: 'id-3-aaaaaaaa' });
    expect(report.checked).toBe(2);
  });

  it('finds a removed event (gap) and an edit whose hash was recomputed (unlinked)', async () => {
    const events = await chain(5);
    const gap = await verifyEvents([[events[0]!, events[1]!, events[3]!, events[4]!]], anchor);
    expect(gap.break).toMatchObject({ seq: 4, problem: 'gap' });

    const forged = { ...events[1]!, counts: { EMAIL_ADDRESS: 9 } };
    forged.hash = await eventHash(forged, forged.prevHash);
    const unlinked = await verifyEvents([[events[0]!, forged, ...events.slice(2)]], anchor);
    expect(unlinked.break).toMatchObject({ seq: 3, problem: 'unlinked' });
  });

  it('finds the newest events removed, against the recorded head', async () => {
    const events = await chain(5);
    const report = await verifyEvents([events.slice(0, 3)], anchor, { seq: 5, hash: events[4]!.hash });
    expect(report.break).toMatchObject({ seq: 3, problem: 'missing-tail' });
  });

  it('starts from the anchor after a prune, and refuses a chain that does not', async () => {
    const events = await chain(5);
    const rest = events.slice(2);
    const pruned = { seq: 2, hash: events[1]!.hash };
    expect((await verifyEvents([rest], pruned, { seq: 5, hash: events[4]!.hash })).ok).toBe(true);
    expect((await verifyEvents([rest], anchor)).break).toMatchObject({ seq: 3, problem: 'gap' });
  });
});
