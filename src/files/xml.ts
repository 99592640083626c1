/**
 * Just enough XML for office documents: a forward-only tokenizer over well-formed parts (no DTDs,
 * no external entities: nothing is ever fetched or expanded beyond the five predefined entities
 * and character references). Linear in the input.
 */

export type XmlToken =
  | { kind: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string; raw: string; start: number; end: number };

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return NAMED[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

export const encodeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function* tokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) yield { kind: 'text', text: m[1], raw: m[0], start, end };
    else if (m[6] !== undefined) yield { kind: 'text', text: decodeEntities(m[6]), raw: m[6], start, end };
    else if (m[3] !== undefined) {
      if (m[2] === '/') yield { kind: 'close', name: m[3] };
      else yield { kind: 'open', name: m[3], attrs: m[4] ?? '', selfClosing: m[5] === '/' };
    }
  }
}

/** The value of attribute `name` (with its prefix, e.g. `r:id`) in an open tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? '') : undefined;
}

/** The local part of a qualified name: `w:t` -> `t`. */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** All text inside elements named `names` (qualified), each element's text joined. */
export function textsOf(xml: string, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const t of tokens(xml)) {
    if (t.kind === 'open' && names.has(t.name) && !t.selfClosing) {
      if (depth++ === 0) current = '';
    } else if (t.kind === 'close' && names.has(t.name) && depth > 0) {
      if (--depth === 0) out.push(current);
    } else if (t.kind === 'text' && depth > 0) current += t.text;
  }
  return out;
}
