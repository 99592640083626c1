import { openAuditDb, type AuditDB } from '../../../src/audit/db';
import type { WriteContext } from '../../../src/audit/store';
import type { AuditEventInput } from '../../../src/audit/types';

let n = 0;
export const T0 = Date.UTC(2026, 4, 10, 9, 0, 0);

/** A valid event, as a content script on chatgpt.com would send it. */
export function input(overrides: Partial<AuditEventInput> = {}): AuditEventInput {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    time: T0 + n * 1000,
    site: 'chatgpt',
    host: 'chatgpt.com',
    conversationKey: 'a3f1c2d4e5f60718',
    action: 'redacted',
    trigger: 'submit',
    counts: { EMAIL_ADDRESS: 1 },
    previews: [{ type: 'EMAIL_ADDRESS', masked: 'j***@e***.com' }],
    mode: 'enforce',
    policyVersion: '2026-05',
    ...overrides,
  };
}

export function freshDb(): AuditDB {
  return openAuditDb(`test-${Math.random().toString(36).slice(2)}`);
}

export function ctx(now = () => T0 + 3_600_000): WriteContext {
  return {
    now,
    extensionVersion: '0.1.0',
    settingsHash: '0123456789abcdef',
    redactText: (t) => t.replace(/\S+@\S+/g, '[EMAIL_1]'),
  };
}

export const noRetry = { delays: [] as number[] };
