/**
 * OTLP/HTTP JSON logs (OpenTelemetry logs data model): one resource per install (service.name
 * "veil", service.version, service.instance.id = the random install id, plus the policy's labels),
 * one log record per audit event with its fields as attributes. The audit id is `log.record.uid`
 * (the semantic convention for "same id, same record": a receiver may drop repeats).
 *
 * The wire JSON is made by @opentelemetry/otlp-transformer's JsonLogsSerializer (about 6 KB
 * bundled, no Node API). The SDK's LoggerProvider and OTLPLogExporter are not used: they keep
 * records and retries in memory (setTimeout), which a service worker loses whenever it is stopped;
 * Veil's queue lives in IndexedDB instead (see ../outbox-flush.ts).
 */
import { JsonLogsSerializer } from '@opentelemetry/otlp-transformer';
import type { ReportEvent } from '../../../audit/report-event';
import { droppedText, findingsTotal, SEVERITY, type Batch, type Encoded } from './types';

type Attributes = Record<string, string | number | boolean | string[]>;
type HrTime = [number, number];

/** The fields of sdk-logs' ReadableLogRecord the serializer reads. */
interface LogRecordInput {
  hrTime: HrTime;
  hrTimeObserved: HrTime;
  severityNumber: number;
  severityText: string;
  body: string;
  eventName: string;
  resource: { attributes: Attributes };
  instrumentationScope: { name: string; version: string };
  attributes: Attributes;
  droppedAttributesCount: 0;
}

const hrTime = (ms: number): HrTime => [Math.floor(ms / 1000), (ms % 1000) * 1_000_000];

/** An audit event's fields as log attributes (names under `veil.`, plus two semantic conventions). */
export function eventAttributes(e: ReportEvent): Attributes {
  const attrs: Attributes = {
    'log.record.uid': e.id,
    'veil.audit.id': e.id,
    'veil.audit.seq': e.seq,
    'veil.audit.hash': e.hash,
    'veil.audit.recorded_at': new Date(e.recordedAt).toISOString(),
    'veil.action': e.action,
    'veil.trigger': e.trigger,
    'veil.site': e.site,
    'server.address': e.host,
    'veil.mode': e.mode,
    'veil.policy_version': e.policyVersion,
    'veil.settings_hash': e.settingsHash,
    'veil.extension_version': e.extensionVersion,
    'veil.findings': findingsTotal(e),
    'veil.types': Object.keys(e.counts).sort(),
    'veil.has_reason': e.hasReason,
  };
  for (const [type, n] of Object.entries(e.counts)) attrs[`veil.count.${type}`] = n ?? 0;
  if (e.detail !== undefined) attrs['veil.detail'] = e.detail;
  return attrs;
}

export function encodeOtlp(batch: Batch): Encoded {
  const resource = {
    attributes: {
      ...batch.labels,
      'service.name': 'veil',
      'service.version': batch.extensionVersion,
      'service.instance.id': batch.installId,
    },
  };
  const scope = { name: 'veil.audit', version: batch.extensionVersion };
  const records: LogRecordInput[] = batch.events.map((e) => ({
    hrTime: hrTime(e.time),
    hrTimeObserved: hrTime(e.recordedAt),
    severityNumber: SEVERITY[e.action].number,
    severityText: SEVERITY[e.action].text,
    body: `${e.action} on ${e.site} (${e.trigger})`,
    eventName: `veil.audit.${e.action}`,
    resource,
    instrumentationScope: scope,
    attributes: eventAttributes(e),
    droppedAttributesCount: 0,
  }));
  if (batch.dropped > 0) {
    records.push({
      hrTime: hrTime(batch.now),
      hrTimeObserved: hrTime(batch.now),
      severityNumber: 13,
      severityText: 'WARN',
      body: droppedText(batch.dropped),
      eventName: 'veil.reporting.dropped',
      resource,
      instrumentationScope: scope,
      attributes: { 'veil.dropped.count': batch.dropped },
      droppedAttributesCount: 0,
    });
  }
  type Input = Parameters<typeof JsonLogsSerializer.serializeRequest>[0];
  const bytes = JsonLogsSerializer.serializeRequest(records as unknown as Input);
  return { body: new TextDecoder().decode(bytes), contentType: 'application/json', gzip: true };
}
