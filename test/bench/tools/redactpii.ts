/**
 * @redactpii/node (default rules: CREDIT_CARD, EMAIL, NAME, PHONE, SSN). `redact()` returns only a
 * string, so spans come from the instance's own compiled rules, applied in the library's order
 * with each match masked before the next rule runs, as `redact()` does. Timing uses `redact()`.
 */
import { other, type Span, type Tool } from './types';

const MAP: Record<string, string> = {
  CREDIT_CARD: 'CREDIT_CARD',
  EMAIL: 'EMAIL_ADDRESS',
  PERSON_NAME: 'PERSON',
  PHONE_NUMBER: 'PHONE_NUMBER',
  US_SOCIAL_SECURITY_NUMBER: 'US_SSN',
};

interface Rule {
  pattern: RegExp;
  name: string;
}
interface Redactor {
  redact(text: string): string;
}

export function redactpiiTool(): Tool {
  let redactor: Redactor | null = null;
  let rules: Rule[] = [];
  return {
    name: '@redactpii/node',
    covers: Object.values(MAP),
    mapping:
      'EMAIL → EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, US_SOCIAL_SECURITY_NUMBER → US_SSN, PERSON_NAME (greeting + name) → PERSON',
    notes: ['spans from its own rule list in its order; the NAME rule redacts the greeting too ("Hi Ann Lee")'],
    async init() {
      const { Redactor } = await import('@redactpii/node');
      const r = new Redactor();
      redactor = r;
      // `activeRules` is private in its .d.ts but is the exact rule list redact() applies.
      rules = (r as unknown as { activeRules: Rule[] }).activeRules;
    },
    find(text) {
      let work = text;
      const out: Span[] = [];
      for (const { pattern, name } of rules) {
        for (const m of work.matchAll(new RegExp(pattern.source, pattern.flags))) {
          if (m[0].length === 0) continue;
          out.push({ type: MAP[name] ?? other(name), start: m.index, end: m.index + m[0].length });
        }
        // Mask with a same-length private-use character so later rules see what redact() leaves them.
        for (const s of out) work = work.slice(0, s.start) + '\uE000'.repeat(s.end - s.start) + work.slice(s.end);
      }
      return out;
    },
    run: (text) => redactor!.redact(text),
  };
}
