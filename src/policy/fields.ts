/**
 * Tiny typed validators for settings. Each one knows its JSON schema fragment (for
 * `public/managed_schema.json`) and how to repair a bad value: it returns undefined (use the
 * default) or a cleaned value, and says what was wrong. Nothing here throws.
 */

/** A Chrome managed-storage schema fragment (JSON Schema draft 3 subset Chrome accepts). */
export interface JsonSchema {
  type: 'boolean' | 'string' | 'number' | 'integer' | 'array' | 'object';
  title?: string;
  description?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: JsonSchema;
}

export interface Problem {
  /** Setting path, e.g. `actions.EMAIL_ADDRESS` or `customPatterns[2]`. */
  key: string;
  message: string;
}

export interface Parser<T> {
  readonly schema: JsonSchema;
  parse(value: unknown, key: string, problems: Problem[]): T | undefined;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

export const bool = (): Parser<boolean> => ({
  schema: { type: 'boolean' },
  parse(value, key, problems) {
    if (typeof value === 'boolean') return value;
    problems.push({ key, message: `expected true or false, got ${show(value)}` });
    return undefined;
  },
});

export interface StringRules {
  oneOf?: readonly string[];
  maxLength?: number;
  /** Must be an absolute https: URL (or empty when `optional`). */
  url?: boolean;
  optional?: boolean;
}

export const string = <T extends string = string>(rules: StringRules = {}): Parser<T> => ({
  // No `enum` in the schema on purpose: Chrome silently drops a value outside an enum, while our
  // parser keeps the default AND tells the user and the admin what was wrong.
  schema: { type: 'string' },
  parse(value, key, problems) {
    if (typeof value !== 'string') {
      problems.push({ key, message: `expected text, got ${show(value)}` });
      return undefined;
    }
    if (rules.oneOf && !rules.oneOf.includes(value)) {
      problems.push({ key, message: `${show(value)} is not one of ${rules.oneOf.map((o) => `"${o}"`).join(', ')}` });
      return undefined;
    }
    if (rules.maxLength !== undefined && value.length > rules.maxLength) {
      problems.push({ key, message: `is longer than ${rules.maxLength} characters` });
      return undefined;
    }
    if (rules.url && !(rules.optional && value === '') && !isHttpsUrl(value)) {
      problems.push({ key, message: `${show(value)} is not an https:// address` });
      return undefined;
    }
    return value as T;
  },
});

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

export const number = (min: number, max: number, integer = false): Parser<number> => ({
  schema: { type: integer ? 'integer' : 'number' },
  parse(value, key, problems) {
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      problems.push({ key, message: `expected ${integer ? 'a whole number' : 'a number'}, got ${show(value)}` });
      return undefined;
    }
    if (value < min || value > max) {
      problems.push({ key, message: `${value} is outside ${min}..${max}` });
      return undefined;
    }
    return value;
  },
});

/** A list; bad items are dropped one by one (and reported), the good ones kept. */
export const list = <T>(item: Parser<T>, maxItems = 500): Parser<T[]> => ({
  schema: { type: 'array', items: item.schema },
  parse(value, key, problems) {
    if (!Array.isArray(value)) {
      problems.push({ key, message: `expected a list, got ${show(value)}` });
      return undefined;
    }
    if (value.length > maxItems)
      problems.push({ key, message: `has more than ${maxItems} items; the rest were ignored` });
    const out: T[] = [];
    value.slice(0, maxItems).forEach((v, i) => {
      const parsed = item.parse(v, `${key}[${i}]`, problems);
      if (parsed !== undefined) out.push(parsed);
    });
    return out;
  },
});

type Shape<T> = { [K in keyof T]-?: Parser<T[K]> };

/** An object with known fields; every field must be valid or the whole object is dropped. */
export const shape = <T extends object>(fields: Shape<T>, optional: readonly (keyof T)[] = []): Parser<T> => ({
  schema: {
    type: 'object',
    properties: Object.fromEntries(Object.entries(fields).map(([k, p]) => [k, (p as Parser<unknown>).schema])),
  },
  parse(value, key, problems) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ key, message: `expected an object, got ${show(value)}` });
      return undefined;
    }
    const raw = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [name, parser] of Object.entries(fields) as [string, Parser<unknown>][]) {
      if (raw[name] === undefined && optional.includes(name as keyof T)) continue;
      const parsed = parser.parse(raw[name], `${key}.${name}`, problems);
      if (parsed === undefined) return undefined;
      out[name] = parsed;
    }
    for (const name of Object.keys(raw)) {
      if (!(name in fields)) problems.push({ key: `${key}.${name}`, message: 'is not a known field and was ignored' });
    }
    return out as T;
  },
});

/** A map whose keys come from a fixed list (or any key when `keys` is undefined); bad entries dropped. */
export const record = <V>(value: Parser<V>, keys?: readonly string[]): Parser<Record<string, V>> => ({
  schema: { type: 'object', additionalProperties: value.schema },
  parse(input, key, problems) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      problems.push({ key, message: `expected an object, got ${show(input)}` });
      return undefined;
    }
    const out: Record<string, V> = {};
    for (const [name, v] of Object.entries(input)) {
      if (keys && !keys.includes(name)) {
        problems.push({ key: `${key}.${name}`, message: 'is not a known name and was ignored' });
        continue;
      }
      const parsed = value.parse(v, `${key}.${name}`, problems);
      if (parsed !== undefined) out[name] = parsed;
    }
    return out;
  },
});
