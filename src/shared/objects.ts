/** A JSON object (not null, not an array): what policy, stored settings and audit payloads must be. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
