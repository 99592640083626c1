import { describe, expect, it } from 'vitest';
import { csvCell, exportCsv, exportJson, verifyExport, type AuditExport } from '../../../src/audit/export';
import { AuditStore } from '../../../src/audit/store';
import { ctx, freshDb, input } from './helpers';

async function store3() {
  const store = new AuditStore(freshDb());
  await store.record(
    [input(), input({ action: 'sent-anyway', reason: '=HYPERLINK("x"), "quoted"\nnext line' }), input()],
    ctx(),
  );
  return store;
}

describe('JSON export', () => {
  it('holds every event with the chain, verifies on its own, and detects an edit in the file', async () => {
    const { db } = await store3();
    const file = await exportJson(db, { extensionVersion: '0.1.0', now: 0 });
    const parsed = JSON.parse(file.parts.join('')) as AuditExport;
    expect(parsed.events).toHaveLength(3);
    expect(parsed.chain.report).toMatchObject({ ok: true, checked: 3 });
    expect(parsed.chain.head?.seq).toBe(3);
    expect(parsed.events[0]).not.toHaveProperty('typeTime');
    expect(await verifyExport(parsed)).toMatchObject({ ok: true, checked: 3 });

    parsed.events[1]!.time += 1;
    expect((await verifyExport(parsed)).break).toMatchObject({ seq: 2, problem: 'edited' });
  });

  it('an empty log exports and verifies', async () => {
    const file = await exportJson(freshDb(), { extensionVersion: '0.1.0', now: 0 });
    const parsed = JSON.parse(file.parts.join('')) as AuditExport;
    expect(parsed.events).toEqual([]);
    expect(await verifyExport(parsed)).toMatchObject({ ok: true, checked: 0 });
  });

  it('reports a broken database chain in the file, and still exports every event', async () => {
    const { db } = await store3();
    await db.events.update(1, { site: 'claude' });
    const file = await exportJson(db, { extensionVersion: '0.1.0', now: 0 });
    expect(file.report.break).toMatchObject({ seq: 1, problem: 'edited' });
    expect((JSON.parse(file.parts.join('')) as AuditExport).events).toHaveLength(3);
  });
});

describe('CSV export', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(undefined)).toBe('');
  });

  it('has a header and one row per event, with the chain columns', async () => {
    const { db } = await store3();
    const file = await exportCsv(db);
    const text = file.parts.join('');
    expect(file.count).toBe(3);
    expect(text.split('\r\n')[0]).toMatch(/^seq,time,site,host,action,.*,prevHash,hash$/);
    expect(text).toContain(`"'=HYPERLINK(""x""), ""quoted""\nnext line"`);
  });
});
