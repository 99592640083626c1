import { describe, expect, it } from 'vitest';
import type { ReportEvent } from '../../../src/audit/report-event';
import { ENCODERS } from '../../../src/background/reporting/formats';
import type { Batch } from '../../../src/background/reporting/formats/types';
import { attrs, otlpLogsErrors } from '../../reporting/otlp-shape';

const event = (over: Partial<ReportEvent> = {}): ReportEvent => ({
  id: '00000000-0000-4000-8000-000000000001',
  seq: 1,
  hash: 'ab'.repeat(32),
  time: Date.UTC(2026, 11, 7, 12, 0, 0, 250),
  recordedAt: Date.UTC(2026, 11, 7, 12, 0, 1),
  site: 'chatgpt',
  host: 'chatgpt.com',
  action: 'redacted',
  trigger: 'submit',
  counts: { EMAIL_ADDRESS: 2, PHONE_NUMBER: 1 },
  mode: 'enforce',
  policyVersion: '2026-12',
  extensionVersion: '0.1.0',
  settingsHash: '0123456789abcdef',
  hasReason: false,
  ...over,
});

const batch = (over: Partial<Batch> = {}): Batch => ({
  events: [
    event(),
    event({ id: 'id-2', seq: 2, action: 'blocked' }),
    event({ id: 'id-3', seq: 3, action: 'failed', detail: 'rewrite-failed' }),
  ],
  dropped: 0,
  installId: 'install-1',
  extensionVersion: '0.1.0',
  labels: { department: 'finance' },
  now: Date.UTC(2026, 11, 7, 12, 5),
  ...over,
});

type Otlp = {
  resourceLogs: {
    resource: { attributes: { key: string; value: Record<string, unknown> }[] };
    scopeLogs: { scope: { name: string }; logRecords: Record<string, unknown>[] }[];
  }[];
};

describe('OTLP/HTTP JSON logs', () => {
  const body = JSON.parse(ENCODERS.otlp(batch()).body) as Otlp;
  const records = body.resourceLogs[0]!.scopeLogs[0]!.logRecords;

  it('is a valid ExportLogsServiceRequest', () => {
    expect(otlpLogsErrors(body)).toEqual([]);
    expect(
      otlpLogsErrors({
        resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'x', intValue: 1 } }] }] }],
      }),
    ).not.toEqual([]);
  });

  it('names the service, its version, the install and the policy labels in the resource', () => {
    expect(body.resourceLogs).toHaveLength(1);
    expect(attrs(body.resourceLogs[0]!.resource.attributes)).toEqual({
      'service.name': 'veil',
      'service.version': '0.1.0',
      'service.instance.id': 'install-1',
      department: 'finance',
    });
  });

  it('has one record per event, its time in ns, severity by action, fields as attributes', () => {
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ timeUnixNano: '1796644800250000000', severityNumber: 9, severityText: 'INFO' });
    expect(records.map((r) => r.severityText)).toEqual(['INFO', 'WARN', 'ERROR']);
    const a = attrs(records[0]!.attributes as never);
    expect(a).toMatchObject({
      'log.record.uid': '00000000-0000-4000-8000-000000000001',
      'veil.audit.seq': 1,
      'veil.action': 'redacted',
      'veil.site': 'chatgpt',
      'server.address': 'chatgpt.com',
      'veil.count.EMAIL_ADDRESS': 2,
      'veil.findings': 3,
      'veil.types': ['EMAIL_ADDRESS', 'PHONE_NUMBER'],
    });
    expect(attrs(records[2]!.attributes as never)['veil.detail']).toBe('rewrite-failed');
  });

  it('reports dropped events as a record of their own', () => {
    const b = JSON.parse(ENCODERS.otlp(batch({ events: [], dropped: 42 })).body) as Otlp;
    const [r] = b.resourceLogs[0]!.scopeLogs[0]!.logRecords;
    expect(attrs(r!.attributes as never)).toEqual({ 'veil.dropped.count': 42 });
    expect(r).toMatchObject({ severityText: 'WARN', eventName: 'veil.reporting.dropped' });
  });
});

describe('Splunk HEC', () => {
  it('is one HEC event per line with time in seconds, the fields and the labels', () => {
    const lines = ENCODERS['splunk-hec'](batch({ dropped: 5 }))
      .body.split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      time: Date.UTC(2026, 11, 7, 12, 0, 0, 250) / 1000,
      sourcetype: 'veil:audit',
      source: 'veil',
      event: { id: '00000000-0000-4000-8000-000000000001', action: 'redacted', severity: 'INFO' },
      fields: { department: 'finance', installId: 'install-1' },
    });
    expect(lines[3]).toMatchObject({ event: { type: 'dropped', dropped: 5 } });
  });
});

describe('webhook', () => {
  it('is one JSON object with the events and who sent them, not gzipped', () => {
    const encoded = ENCODERS.webhook(batch());
    expect(encoded.gzip).toBe(false);
    expect(JSON.parse(encoded.body)).toMatchObject({
      source: 'veil',
      installId: 'install-1',
      labels: { department: 'finance' },
      events: [{ id: '00000000-0000-4000-8000-000000000001' }, { id: 'id-2' }, { id: 'id-3' }],
      dropped: 0,
    });
  });
});
