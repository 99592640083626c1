import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openAuditDb, SCHEMA_VERSIONS, type AuditDB } from '../../../src/audit/db';
import { verifyDb } from '../../../src/audit/queries';
import { AuditStore } from '../../../src/audit/store';
import { ctx, input } from './helpers';

const name = () => `schema-${Math.random().toString(36).slice(2)}`;

describe('audit database schema', () => {
  it('keeps every version, oldest first, each a step up', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('has the indexes the popup queries use', async () => {
    const db = openAuditDb(name());
    await db.open();
    const events = db.tables.find((t) => t.name === 'events')!.schema;
    expect(events.primKey.keyPath).toBe('seq');
    expect(events.primKey.auto).toBe(false);
    const idx = Object.fromEntries(events.indexes.map((i) => [i.name, i]));
    expect(idx.id?.unique).toBe(true);
    expect(idx.typeTime?.multi).toBe(true);
    expect(Object.keys(idx).sort()).toEqual(
      ['[action+time]', '[site+time]', 'conversationKey', 'id', 'recordedAt', 'time', 'typeTime', 'words'].sort(),
    );
    db.close();
  });

  // Each released version: a database that build left behind opens under the current code with its
  // rows, chain and stats intact. (Version 1 is the only one so far; a version 2 adds a row here
  // with the shape version 1 wrote, and asserts what its upgrade made of it.)
  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'a database written at version %i opens under the current schema',
    async (version) => {
      const dbName = name();
      const then = new Dexie(dbName) as AuditDB;
      for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) then.version(v.version).stores(v.stores);
      await new AuditStore(then).record([input(), input()], ctx());
      then.close();

      const now = openAuditDb(dbName);
      await now.open();
      expect(now.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      expect(await verifyDb(now)).toMatchObject({ ok: true, checked: 2 });
      expect(await now.daily.count()).toBe(1);
      now.close();
    },
  );
});
