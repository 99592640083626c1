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

/**
 * Every kind of problem, in English. The UI words them from the locale files (`bad_<code>`, with the
 * same substitutions); a unit test keeps the English there equal to this.
 */
export const PROBLEM_TEXT = {
  expected_boolean: (value: string) => `expected true or false, got ${value}`,
  expected_text: (value: string) => `expected text, got ${value}`,
  not_one_of: (value: string, choices: string) => `${value} is not one of ${choices}`,
  too_long: (max: string) => `is longer than ${max} characters`,
  not_https: (value: string) => `${value} is not an https:// address`,
  expected_integer: (value: string) => `expected a whole number, got ${value}`,
  expected_number: (value: string) => `expected a number, got ${value}`,
  out_of_range: (value: string, min: string, max: string) => `${value} is outside ${min}..${max}`,
  expected_list: (value: string) => `expected a list, got ${value}`,
  too_many: (max: string) => `has more than ${max} items; the rest were ignored`,
  expected_object: (value: string) => `expected an object, got ${value}`,
  unknown_field: () => 'is not a known field and was ignored',
  unknown_name: () => 'is not a known name and was ignored',
  not_settings: () => 'settings are not an object; defaults used',
  unknown_setting: () => 'is not a Veil setting and was ignored',
  not_a_setting: () => 'is not a Veil setting',
  pattern_error: (name: string, error: string) => `"${name}" does not compile: ${error}`,
  wrong_format: (format: string) => `format "${format}"`,
  no_settings_object: () => 'no settings object',
  bad_header: () => 'is not a valid HTTP header (name or value); the whole setting was ignored',
  policy_only: () => "can be set only by your organization's policy and was ignored",
} satisfies Record<string, (...args: string[]) => string>;
export type ProblemCode = keyof typeof PROBLEM_TEXT;

export interface Problem {
  /** Setting path, e.g. `actions.EMAIL_ADDRESS` or `customPatterns[2]`. */
  key: string;
  /** In English (tests, logs); the UI shows `code` and `args` in the user's language. */
  message: string;
  code?: ProblemCode;
  args?: string[];
  /** The value was dropped and the default applies. */
  defaultUsed?: boolean;
}

/** A problem of kind `code` at `key`. */
export function problem<C extends ProblemCode>(
  key: string,
  code: C,
  ...args: Parameters<(typeof PROBLEM_TEXT)[C]>
): Problem {
  return { key, message: (PROBLEM_TEXT[code] as (...a: string[]) => string)(...args), code, args };
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
    problems.push(problem(key, 'expected_boolean', show(value)));
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
      problems.push(problem(key, 'expected_text', show(value)));
      return undefined;
    }
    if (rules.oneOf && !rules.oneOf.includes(value)) {
      problems.push(problem(key, 'not_one_of', show(value), rules.oneOf.map((o) => `"${o}"`).join(', ')));
      return undefined;
    }
    if (rules.maxLength !== undefined && value.length > rules.maxLength) {
      problems.push(problem(key, 'too_long', String(rules.maxLength)));
      return undefined;
    }
    if (rules.url && !(rules.optional && value === '') && !isHttpsUrl(value)) {
      problems.push(problem(key, 'not_https', show(value)));
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
      problems.push(problem(key, integer ? 'expected_integer' : 'expected_number', show(value)));
      return undefined;
    }
    if (value < min || value > max) {
      problems.push(problem(key, 'out_of_range', String(value), String(min), String(max)));
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
      problems.push(problem(key, 'expected_list', show(value)));
      return undefined;
    }
    if (value.length > maxItems) problems.push(problem(key, 'too_many', String(maxItems)));
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
      problems.push(problem(key, 'expected_object', show(value)));
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
      if (!(name in fields)) problems.push(problem(`${key}.${name}`, 'unknown_field'));
    }
    return out as T;
  },
});

/** A map whose keys come from a fixed list or pass a test (any key when `keys` is undefined); bad entries dropped. */
export const record = <V>(
  value: Parser<V>,
  keys?: readonly string[] | ((name: string) => boolean),
): Parser<Record<string, V>> => ({
  schema: { type: 'object', additionalProperties: value.schema },
  parse(input, key, problems) {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      problems.push(problem(key, 'expected_object', show(input)));
      return undefined;
    }
    const out: Record<string, V> = {};
    for (const [name, v] of Object.entries(input)) {
      if (keys && !(typeof keys === 'function' ? keys(name) : keys.includes(name))) {
        problems.push(problem(`${key}.${name}`, 'unknown_name'));
        continue;
      }
      const parsed = value.parse(v, `${key}.${name}`, problems);
      if (parsed !== undefined) out[name] = parsed;
    }
    return out;
  },
});
