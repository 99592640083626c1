/**
 * A plain JSON webhook: one object per batch with who sent it and the events as Veil keeps them
 * for reporting (see ReportEvent). Sent without gzip: a generic receiver may not take it.
 */
import { SEVERITY, type Batch, type Encoded } from './types';

export function encodeWebhook(batch: Batch): Encoded {
  return {
    body: JSON.stringify({
      source: 'veil',
      installId: batch.installId,
      extensionVersion: batch.extensionVersion,
      labels: batch.labels,
      sentAt: new Date(batch.now).toISOString(),
      events: batch.events.map((e) => ({ ...e, severity: SEVERITY[e.action].text })),
      dropped: batch.dropped,
    }),
    contentType: 'application/json',
    gzip: false,
  };
}
