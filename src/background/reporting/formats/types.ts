import type { ReportEvent } from '../../../audit/report-event';
import type { AuditAction } from '../../../audit/types';

/** One request's worth of events, and who sends them. */
export interface Batch {
  events: readonly ReportEvent[];
  /** Events the full queue dropped, not yet reported: sent as one record of their own. */
  dropped: number;
  installId: string;
  extensionVersion: string;
  labels: Readonly<Record<string, string>>;
  /** When the batch is sent (ms). */
  now: number;
}

export interface Encoded {
  body: string;
  contentType: string;
  /** Whether this format's receivers take a gzip body (OTLP/HTTP and Splunk HEC do). */
  gzip: boolean;
}

/** OpenTelemetry severity numbers (logs data model): INFO 9, WARN 13, ERROR 17. */
export const SEVERITY: Record<AuditAction, { number: 9 | 13 | 17; text: 'INFO' | 'WARN' | 'ERROR' }> = {
  redacted: { number: 9, text: 'INFO' },
  warned: { number: 9, text: 'INFO' },
  monitored: { number: 9, text: 'INFO' },
  acknowledged: { number: 9, text: 'INFO' },
  'sent-anyway': { number: 13, text: 'WARN' },
  blocked: { number: 13, text: 'WARN' },
  degraded: { number: 13, text: 'WARN' },
  'settings-problem': { number: 13, text: 'WARN' },
  failed: { number: 17, text: 'ERROR' },
  // The trail was reset or fed forged events: what a SIEM must alert on.
  'audit-tampered': { number: 17, text: 'ERROR' },
  // The user opened an AI tool the organisation has not approved.
  'tool-continued': { number: 13, text: 'WARN' },
};

export const findingsTotal = (e: ReportEvent): number => Object.values(e.counts).reduce((a, b) => a + (b ?? 0), 0);

export const droppedText = (n: number): string =>
  `${n} audit event(s) were dropped before delivery: the reporting queue was full`;
