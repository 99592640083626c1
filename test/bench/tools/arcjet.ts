/**
 * @arcjet/redact (WebAssembly). It returns only the redacted string, so a `replace` callback
 * records each (entity, original) in order and the offsets are recovered by searching the input.
 * Its own replacement uses UTF-8 byte offsets and garbles text after a non-ASCII character; we
 * score what it *detected*, which flatters it.
 */
import { other, type Span, type Tool } from './types';

const MAP: Record<string, string> = {
  email: 'EMAIL_ADDRESS',
  'phone-number': 'PHONE_NUMBER',
  'ip-address': 'IP_ADDRESS',
  'credit-card-number': 'CREDIT_CARD',
};

type Redact = (
  text: string,
  opts?: { replace: (entity: string, plaintext: string) => string | undefined },
) => Promise<[string, unknown]>;

export function arcjetTool(): Tool {
  let redact: Redact | null = null;
  return {
    name: '@arcjet/redact',
    covers: Object.values(MAP),
    mapping:
      'email → EMAIL_ADDRESS, phone-number → PHONE_NUMBER, ip-address → IP_ADDRESS, credit-card-number → CREDIT_CARD',
    // It instantiates its WebAssembly module again on every call (2–5 ms each, far more under load).
    qualityStride: 3,
    notes: [
      'offsets recovered from the replace callback (its own output is shifted after non-ASCII text: byte offsets)',
    ],
    async init() {
      redact = (await import('@arcjet/redact')).redact as unknown as Redact;
    },
    async find(text) {
      const seen: [string, string][] = [];
      await redact!(text, { replace: (entity, plain) => (seen.push([entity, plain]), undefined) });
      const out: Span[] = [];
      let cursor = 0;
      for (const [entity, plain] of seen) {
        let at = text.indexOf(plain, cursor);
        if (at < 0) at = text.indexOf(plain);
        if (at < 0) continue;
        out.push({ type: MAP[entity] ?? other(entity), start: at, end: at + plain.length });
        cursor = at + plain.length;
      }
      return out;
    },
    run: (text) => redact!(text),
  };
}
