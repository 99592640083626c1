/**
 * The `reporting` policy: where Veil sends the audit trail for the organisation's log pipeline.
 * Managed policy only (see `managedOnly` in ./schema): a user can neither set nor change it.
 */
import { number, problem, record, string, type Parser, type Problem } from './fields';

export const REPORT_FORMATS = ['otlp', 'splunk-hec', 'webhook'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportingPolicy {
  /** '' = reporting off. https://, or http:// to a loopback address (a local collector, tests). */
  endpoint: string;
  format: ReportFormat;
  /** Sent with every request, e.g. {"Authorization": "Splunk <token>"}. */
  headers: Record<string, string>;
  /** Added to every batch as resource attributes (OTLP) or fields (Splunk, webhook). */
  labels: Record<string, string>;
  /** Events per request, 1..1000. */
  batchSize: number;
  /** Longest wait before a partial batch is sent, 1..86400 seconds. */
  flushSeconds: number;
}

export const REPORTING_OFF: ReportingPolicy = {
  endpoint: '',
  format: 'otlp',
  headers: {},
  labels: {},
  batchSize: 100,
  flushSeconds: 30,
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https://, or http:// to this machine only: events never cross a network in the clear. */
export function isAllowedEndpoint(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  } catch {
    return false;
  }
}

// A header name as RFC 9110 defines a token; values without line breaks (no header injection).
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
const HEADER_VALUE = /^[^\r\n\0]{0,4000}$/;

const FIELDS = {
  endpoint: string({ maxLength: 2000 }),
  format: string<ReportFormat>({ oneOf: REPORT_FORMATS }),
  headers: record(string({ maxLength: 4000 })),
  labels: record(string({ maxLength: 200 })),
  batchSize: number(1, 1000, true),
  flushSeconds: number(1, 86_400, true),
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every field but `endpoint` is optional (defaults as in REPORTING_OFF). Any bad field drops the
 * whole policy (reporting stays off) and says why: half a reporting setup would send to the wrong
 * place or without its credentials.
 */
export const reportingParser = (): Parser<ReportingPolicy> => ({
  schema: {
    type: 'object',
    properties: {
      endpoint: { type: 'string' },
      format: { type: 'string' },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      labels: { type: 'object', additionalProperties: { type: 'string' } },
      batchSize: { type: 'integer' },
      flushSeconds: { type: 'integer' },
    },
  },
  parse(value, key, problems) {
    if (!isObject(value)) {
      problems.push(problem(key, 'expected_object', JSON.stringify(value) ?? String(value)));
      return undefined;
    }
    const local: Problem[] = [];
    const out: Record<string, unknown> = { ...REPORTING_OFF };
    for (const name of Object.keys(value)) {
      if (!(name in FIELDS)) local.push(problem(`${key}.${name}`, 'unknown_field'));
    }
    for (const [name, parser] of Object.entries(FIELDS) as [keyof ReportingPolicy, Parser<unknown>][]) {
      if (value[name] === undefined && name !== 'endpoint') continue;
      const parsed = parser.parse(value[name], `${key}.${name}`, local);
      if (parsed !== undefined) out[name] = parsed;
    }
    const policy = out as unknown as ReportingPolicy;
    if (policy.endpoint !== '' && !isAllowedEndpoint(policy.endpoint)) {
      local.push(problem(`${key}.endpoint`, 'not_https', JSON.stringify(policy.endpoint)));
    }
    for (const [name, v] of Object.entries(policy.headers)) {
      if (!HEADER_NAME.test(name) || !HEADER_VALUE.test(v)) local.push(problem(`${key}.headers.${name}`, 'bad_header'));
    }
    problems.push(...local);
    return local.some((p) => p.code !== 'unknown_field') ? undefined : policy;
  },
});

/**
 * The settings as other contexts see them (`settings/get`): header values are credentials and
 * stay in the service worker; a content script runs next to a hostile page.
 */
export function withoutCredentials<T extends { settings: { reporting: ReportingPolicy } }>(resolved: T): T {
  const headers = Object.fromEntries(Object.keys(resolved.settings.reporting.headers).map((k) => [k, '(hidden)']));
  return { ...resolved, settings: { ...resolved.settings, reporting: { ...resolved.settings.reporting, headers } } };
}
