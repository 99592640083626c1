/**
 * Checks a body against the OTLP/HTTP JSON encoding of ExportLogsServiceRequest
 * (opentelemetry-proto logs/v1 + common/v1, protobuf JSON mapping, lowerCamelCase field names):
 * every field known, of the right type; 64-bit times as decimal strings; one value per AnyValue.
 * Returns what is wrong ([] when the body is valid).
 */
type Json = unknown;

const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const UINT64 = /^\d{1,20}$/;

function fields(
  v: Json,
  path: string,
  allowed: Record<string, (x: Json, p: string, e: string[]) => void>,
  e: string[],
) {
  if (!isObj(v)) return void e.push(`${path}: not an object`);
  for (const [k, x] of Object.entries(v)) {
    const check = allowed[k];
    if (!check) e.push(`${path}.${k}: not a field of this message`);
    else check(x, `${path}.${k}`, e);
  }
}
const list =
  (item: (x: Json, p: string, e: string[]) => void) =>
  (v: Json, p: string, e: string[]): void => {
    if (!Array.isArray(v)) return void e.push(`${p}: not a list`);
    v.forEach((x, i) => item(x, `${p}[${i}]`, e));
  };
const str = (v: Json, p: string, e: string[]): void => void (typeof v !== 'string' && e.push(`${p}: not a string`));
const uint32 = (v: Json, p: string, e: string[]): void =>
  void (!(Number.isInteger(v) && (v as number) >= 0) && e.push(`${p}: not an unsigned integer`));
const uint64 = (v: Json, p: string, e: string[]): void =>
  void (!(typeof v === 'string' ? UINT64.test(v) : Number.isInteger(v)) && e.push(`${p}: not a uint64`));
const int64 = (v: Json, p: string, e: string[]): void =>
  void (!(typeof v === 'string' ? /^-?\d{1,19}$/.test(v) : Number.isInteger(v)) && e.push(`${p}: not an int64`));
const hex = (bytes: number) => (v: Json, p: string, e: string[]) =>
  void (
    !(typeof v === 'string' && (v === '' || new RegExp(`^[0-9a-f]{${bytes * 2}}$`).test(v))) &&
    e.push(`${p}: not ${bytes} hex bytes`)
  );

function anyValue(v: Json, p: string, e: string[]): void {
  if (!isObj(v)) return void e.push(`${p}: not an AnyValue`);
  const keys = Object.keys(v);
  if (keys.length !== 1) return void e.push(`${p}: AnyValue holds ${keys.length} values`);
  fields(
    v,
    p,
    {
      stringValue: str,
      boolValue: (x, q, err) => void (typeof x !== 'boolean' && err.push(`${q}: not a boolean`)),
      intValue: int64,
      doubleValue: (x, q, err) => void (typeof x !== 'number' && err.push(`${q}: not a number`)),
      bytesValue: str,
      arrayValue: (x, q, err) => fields(x, q, { values: list(anyValue) }, err),
      kvlistValue: (x, q, err) => fields(x, q, { values: list(keyValue) }, err),
    },
    e,
  );
}
function keyValue(v: Json, p: string, e: string[]): void {
  fields(v, p, { key: str, value: anyValue }, e);
  if (isObj(v) && (typeof v.key !== 'string' || v.key === '')) e.push(`${p}.key: missing`);
}

function logRecord(v: Json, p: string, e: string[]): void {
  fields(
    v,
    p,
    {
      timeUnixNano: uint64,
      observedTimeUnixNano: uint64,
      severityNumber: (x, q, err) =>
        void (!(Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 24) && err.push(`${q}: not a severity`)),
      severityText: str,
      body: anyValue,
      attributes: list(keyValue),
      droppedAttributesCount: uint32,
      flags: uint32,
      traceId: hex(16),
      spanId: hex(8),
      eventName: str,
    },
    e,
  );
}

export function otlpLogsErrors(body: Json): string[] {
  const e: string[] = [];
  fields(
    body,
    '$',
    {
      resourceLogs: list((rl, p, err) =>
        fields(
          rl,
          p,
          {
            resource: (r, q, er) => fields(r, q, { attributes: list(keyValue), droppedAttributesCount: uint32 }, er),
            schemaUrl: str,
            scopeLogs: list((sl, q, er) =>
              fields(
                sl,
                q,
                {
                  scope: (s, r, er2) =>
                    fields(
                      s,
                      r,
                      { name: str, version: str, attributes: list(keyValue), droppedAttributesCount: uint32 },
                      er2,
                    ),
                  logRecords: list(logRecord),
                  schemaUrl: str,
                },
                er,
              ),
            ),
          },
          err,
        ),
      ),
    },
    e,
  );
  if (isObj(body) && !Array.isArray(body.resourceLogs)) e.push('$.resourceLogs: missing');
  return e;
}

/** Attributes of a KeyValue list as a plain object (ints as numbers, arrays as arrays). */
export function attrs(kvs: { key: string; value: Record<string, unknown> }[] = []): Record<string, unknown> {
  const value = (v: Record<string, unknown>): unknown =>
    'arrayValue' in v
      ? ((v.arrayValue as { values?: Record<string, unknown>[] }).values ?? []).map(value)
      : 'intValue' in v
        ? Number(v.intValue)
        : Object.values(v)[0];
  return Object.fromEntries(kvs.map((kv) => [kv.key, value(kv.value)]));
}
