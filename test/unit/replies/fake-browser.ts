/** An in-memory stand-in for the parts of webextension-polyfill the background's reply code uses. */
import type { DeclarativeNetRequest } from 'webextension-polyfill';

type Area = Map<string, unknown>;

function area(store: Area) {
  return {
    async get(key?: string | string[] | null): Promise<Record<string, unknown>> {
      if (key === undefined || key === null) return Object.fromEntries(store);
      const keys = Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))]));
    },
    async set(values: Record<string, unknown>): Promise<void> {
      for (const [k, v] of Object.entries(values)) store.set(k, structuredClone(v));
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const k of Array.isArray(keys) ? keys : [keys]) store.delete(k);
    },
  };
}

export function fakeBrowser() {
  const local: Area = new Map();
  const session: Area = new Map();
  let rules: DeclarativeNetRequest.Rule[] = [];
  const browser = {
    storage: { local: area(local), session: area(session) },
    declarativeNetRequest: {
      async getSessionRules(): Promise<DeclarativeNetRequest.Rule[]> {
        return structuredClone(rules);
      },
      async updateSessionRules(o: {
        removeRuleIds?: number[];
        addRules?: DeclarativeNetRequest.Rule[];
      }): Promise<void> {
        const remove = new Set(o.removeRuleIds ?? []);
        const next = rules.filter((r) => !remove.has(r.id));
        for (const r of o.addRules ?? []) {
          if (next.some((x) => x.id === r.id)) throw new Error(`duplicate rule id ${r.id}`);
          next.push(structuredClone(r));
        }
        rules = next;
      },
    },
  };
  return { browser, local, session, rules: () => rules };
}
