/**
 * Splunk HTTP Event Collector, `/services/collector/event`: the events one after another (HEC's
 * batch form, not a JSON array), each with `time` in seconds, sourcetype `veil:audit`, the audit
 * event's fields as `event` and the policy's labels as indexed `fields`. HEC takes gzip bodies.
 */
import type { ReportEvent } from '../../../audit/report-event';
import { droppedText, SEVERITY, type Batch, type Encoded } from './types';

function hecEvent(batch: Batch, time: number, event: Record<string, unknown>): string {
  return JSON.stringify({
    time: time / 1000,
    host: `veil-${batch.installId}`,
    source: 'veil',
    sourcetype: 'veil:audit',
    event,
    fields: { ...batch.labels, installId: batch.installId, extensionVersion: batch.extensionVersion },
  });
}

const eventFields = (e: ReportEvent): Record<string, unknown> => ({ ...e, severity: SEVERITY[e.action].text });

export function encodeSplunk(batch: Batch): Encoded {
  const lines = batch.events.map((e) => hecEvent(batch, e.time, eventFields(e)));
  if (batch.dropped > 0) {
    lines.push(
      hecEvent(batch, batch.now, {
        type: 'dropped',
        dropped: batch.dropped,
        message: droppedText(batch.dropped),
        severity: 'WARN',
      }),
    );
  }
  return { body: lines.join('\n'), contentType: 'application/json', gzip: true };
}
