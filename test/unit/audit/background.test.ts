import { beforeEach, describe, expect, it, vi } from 'vitest';
import { input } from './helpers';

// An in-memory browser: storage areas and what the audit module registers.
const areas = vi.hoisted(() => ({ local: {} as Record<string, unknown>, managed: {} as Record<string, unknown> }));
vi.mock('../../../src/platform/browser', () => {
  const area = (name: 'local' | 'managed') => ({
    get: async (key?: string) => (key ? { [key]: areas[name][key] } : { ...areas[name] }),
    set: async (v: Record<string, unknown>) => void Object.assign(areas[name], v),
    remove: async (keys: string | string[]) => {
      for (const key of [keys].flat()) delete areas[name][key];
    },
  });
  const event = () => ({ addListener: () => undefined });
  return {
    browser: {
      runtime: {
        id: 'abcdefghijklmnopabcdefghijklmnop',
        getURL: (p: string) => `chrome-extension://abcdefghijklmnopabcdefghijklmnop${p}`,
        getManifest: () => ({ version: '9.9.9' }),
        onInstalled: event(),
      },
      storage: { local: area('local'), managed: area('managed'), onChanged: event() },
      alarms: { get: async () => undefined, create: async () => undefined, onAlarm: event() },
    },
  };
});

const { recordAudit, clearAudit, recordSettingsProblems, drainPending } = await import('../../../src/background/audit');
const { pendingCopy, pendingKey } = await import('../../../src/audit/pending');
const { auditDb } = await import('../../../src/audit/db');
const { resetRates, BURST } = await import('../../../src/background/audit-rate');

const page = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/src/ui/popup/index.html',
};
const tab = (url: string) => ({ id: 'abcdefghijklmnopabcdefghijklmnop', url, tab: { id: 1 } as never });

beforeEach(async () => {
  areas.local = {};
  areas.managed = {};
  resetRates();
  await auditDb().events.clear();
});

describe('audit/record in the background', () => {
  it('stores valid events and answers each one; the extension version is filled in', async () => {
    const good = input({ time: Date.now() });
    const bad = {
      ...input({ time: Date.now() }),
      previews: [{ type: 'EMAIL_ADDRESS', masked: 'jane.doe@example.com' }],
    };
    const results = await recordAudit({ events: [good, bad as never] }, tab('https://chatgpt.com/c/1'));
    expect(results[0]).toMatchObject({ id: good.id, status: 'recorded' });
    expect(results[1]).toMatchObject({ id: bad.id, status: 'rejected' });
    const [stored] = await auditDb().events.toArray();
    expect(stored).toMatchObject({ extensionVersion: '9.9.9', site: 'chatgpt' });
    expect(stored!.settingsHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('holds a content script to its own tab: another host or site is refused', async () => {
    const e = input({ time: Date.now() });
    const [r] = await recordAudit({ events: [e] }, tab('https://claude.ai/chat/1'));
    expect(r).toMatchObject({ status: 'rejected' });
    expect(JSON.stringify(r)).toContain('host: is not the host of the sending tab');
    // Extension pages (tests, our own pages) may name any site.
    expect((await recordAudit({ events: [e] }, page))[0]).toMatchObject({ status: 'recorded' });
  });

  it('refuses a malformed message as a whole (no events, too many, not a list)', async () => {
    for (const bad of [{}, { events: [] }, { events: 'x' }, { events: Array(101).fill(input()) }, null]) {
      await expect(recordAudit(bad as never, page)).rejects.toThrow('audit/record takes');
    }
  });

  it('a settings-problem event only Veil itself records', async () => {
    const [r] = await recordAudit({ events: [input({ time: Date.now(), action: 'settings-problem' })] }, page);
    expect(r).toMatchObject({ status: 'rejected' });
  });
});

describe('events a tab left pending (audit/pending.ts)', () => {
  it('records what a closed tab left, once, and removes the copies', async () => {
    const delivered = input({ time: Date.now() });
    const orphan = input({ time: Date.now(), action: 'blocked', counts: { SECRET: 1 }, previews: [] });
    await recordAudit({ events: [delivered] }, tab('https://chatgpt.com/c/1'));
    areas.local = { [pendingKey(delivered.id)]: delivered, [pendingKey(orphan.id)]: orphan, settings: {} };
    expect(await drainPending()).toBe(1);
    const events = await auditDb().events.toArray();
    expect(events.map((e) => e.id).sort()).toEqual([delivered.id, orphan.id].sort());
    expect(Object.keys(areas.local).filter((k) => k.startsWith('audit.pending.'))).toEqual([]);
    expect(areas.local.settings).toEqual({});
    expect(await drainPending()).toBe(0);
  });

  it('validates each copy: a forged one is not stored, and that is recorded', async () => {
    const forged = {
      ...input({ time: Date.now() }),
      previews: [{ type: 'EMAIL_ADDRESS', masked: 'jane.doe@example.com' }],
    };
    const ownAction = input({ time: Date.now(), action: 'settings-problem' });
    const renamed = input({ time: Date.now() });
    areas.local = {
      [pendingKey(forged.id)]: forged,
      [pendingKey(ownAction.id)]: ownAction,
      [pendingKey('someone-else-0001')]: renamed,
    };
    await drainPending();
    const events = await auditDb().events.toArray();
    expect(JSON.stringify(events)).not.toContain('jane.doe');
    expect(events.map((e) => [e.action, e.detail])).toEqual([
      ['audit-tampered', 'pending-rejected: 3 events failed validation'],
    ]);
    expect(Object.keys(areas.local).filter((k) => k.startsWith('audit.pending.'))).toEqual([]);
  });

  it('keeps no typed reason in the stored copy', () => {
    const e = input({ action: 'sent-anyway', reason: 'ok per jane.doe@example.com' });
    expect(pendingCopy(e).reason).not.toContain('jane.doe');
    expect(pendingCopy(input())).toEqual(expect.objectContaining({ action: 'redacted' }));
  });
});

describe('settings problems', () => {
  it('are recorded once per distinct set, by setting path only (never the offending value)', async () => {
    areas.managed = { mode: 'stealth jane.doe@example.com' };
    await recordSettingsProblems();
    await recordSettingsProblems();
    const events = await auditDb().events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'settings-problem', site: 'veil', detail: 'policy:mode' });
    expect(JSON.stringify(events)).not.toContain('jane.doe');
    areas.managed = {};
    await recordSettingsProblems();
    expect(await auditDb().events.count()).toBe(1);
  });
});

describe('audit/clear', () => {
  it('clears, unless policy or the user forbids it', async () => {
    await recordAudit({ events: [input({ time: Date.now() })] }, page);
    areas.managed = { allowAuditClear: false };
    await expect(clearAudit()).rejects.toThrow('your organization does not allow');
    areas.managed = {};
    areas.local = { settings: { allowAuditClear: false } };
    await expect(clearAudit()).rejects.toThrow('turned off in the settings');
    areas.local = {};
    expect(await clearAudit()).toEqual({ deleted: 1 });
  });
});

describe('audit integrity', () => {
  const degraded = () =>
    input({
      time: Date.now(),
      action: 'degraded',
      trigger: 'page',
      counts: {},
      previews: [],
      detail: 'composer-not-found',
    });

  it('validates what it finds in the outbox: a forged event with a raw value is not stored, and that is recorded', async () => {
    const forged = {
      ...input({ time: Date.now() }),
      previews: [{ type: 'EMAIL_ADDRESS', masked: 'jane.doe@example.com' }],
    };
    const fine = input({ time: Date.now() });
    areas.local = { 'audit.outbox': [forged, fine] };
    areas.managed = { mode: 'stealth' };
    await recordSettingsProblems();
    const events = await auditDb().events.toArray();
    expect(JSON.stringify(events)).not.toContain('jane.doe');
    expect(events.map((e) => e.action).sort()).toEqual(['audit-tampered', 'redacted', 'settings-problem']);
    expect(events.find((e) => e.action === 'audit-tampered')!.detail).toBe(
      'outbox-rejected: 1 events failed validation',
    );
    expect(areas.local['audit.outbox']).toBeUndefined();
  });

  it('records a deleted or reset trail as an event of its own before the next one', async () => {
    await recordAudit({ events: [input({ time: Date.now() }), input({ time: Date.now() })] }, page);
    const { head } = await (
      await import('../../../src/audit/store')
    ).AuditStore.prototype.chainEnds.call({
      db: auditDb(),
    } as never);
    // The database is wiped (as deleting it in DevTools would): a fresh chain that verifies.
    await auditDb().events.clear();
    await auditDb().daily.clear();
    await auditDb().meta.clear();
    await recordAudit({ events: [input({ time: Date.now() })] }, page);
    const events = await auditDb().events.toArray();
    expect(events.map((e) => e.action)).toEqual(['audit-tampered', 'redacted']);
    expect(events[0]!.detail).toBe(`trail-reset: events up to seq ${head.seq} are gone`);
    // Recorded once: the mark follows the new chain.
    await recordAudit({ events: [input({ time: Date.now() })] }, page);
    expect((await auditDb().events.toArray()).filter((e) => e.action === 'audit-tampered')).toHaveLength(1);
  });

  it('rate-limits events a page can cause, per tab; the user’s own decisions are not limited', async () => {
    const chat = tab('https://chatgpt.com/c/1');
    const burst = Array.from({ length: BURST + 5 }, degraded);
    const results = await recordAudit({ events: burst }, chat);
    expect(results.filter((r) => r.status === 'recorded')).toHaveLength(BURST);
    expect(results.filter((r) => r.status === 'rejected' && r.errors[0]!.startsWith('rate-limited'))).toHaveLength(5);
    const users = await recordAudit({ events: Array.from({ length: 20 }, () => input({ time: Date.now() })) }, chat);
    expect(users.every((r) => r.status === 'recorded')).toBe(true);
    const other = { ...chat, tab: { id: 2 } as never };
    expect((await recordAudit({ events: [degraded()] }, other))[0]).toMatchObject({ status: 'recorded' });
  });
});
