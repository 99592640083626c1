/**
 * Text-like formats that need decoding before the detector sees them: HTML (all text, including
 * what CSS hides: the model reads the source), RTF (control words dropped, \'hh and \u escapes
 * decoded) and EML (headers and every text part, quoted-printable and base64 decoded).
 */
import { decodeEntities } from './xml';
import { TextBuilder, type Extracted } from './types';

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(br|\/p|\/div|\/li|\/tr|\/h\d)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' '),
  )
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n');
}

export function readHtml(html: string): Extracted {
  const out = new TextBuilder();
  out.add(htmlToText(html), 'body');
  return out.build('html', 1);
}

export function rtfToText(rtf: string): string {
  let out = '';
  let skipDepth = -1;
  let depth = 0;
  const re =
    /\\u(-?\d+) ?(\?|\\'[0-9a-fA-F]{2})?|\\'([0-9a-fA-F]{2})|\\([a-z]+)(-?\d+)? ?|\\([{}\\])|\\\*|([{}])|\r?\n|([^\\{}\r\n]+)/g;
  for (let m = re.exec(rtf); m; m = re.exec(rtf)) {
    if (m[7] === '{') depth++;
    else if (m[7] === '}') {
      if (depth-- === skipDepth) skipDepth = -1;
    } else if (skipDepth >= 0 && depth >= skipDepth) continue;
    else if (
      m[0] === '\\*' ||
      (m[4] && /^(fonttbl|colortbl|stylesheet|info|pict|object|themedata|datastore)$/.test(m[4]))
    ) {
      // Destinations that hold no document text. {\info} does (author), but it is read below.
      if (m[4] !== 'info') skipDepth = depth;
    } else if (m[1] !== undefined) out += String.fromCharCode((Number(m[1]) + 65536) % 65536);
    else if (m[3] !== undefined) out += String.fromCharCode(parseInt(m[3], 16));
    else if (m[4] === 'par' || m[4] === 'line') out += '\n';
    else if (m[4] === 'tab') out += '\t';
    else if (m[6] !== undefined) out += m[6];
    else if (m[8] !== undefined) out += m[8];
  }
  return out;
}

export function readRtf(rtf: string): Extracted {
  const out = new TextBuilder();
  out.add(rtfToText(rtf), 'body');
  return out.build('rtf', 1);
}

function decodeQuotedPrintable(s: string): string {
  const bytes: number[] = [];
  const soft = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? /^[0-9A-F]{2}/i.exec(soft.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i) & 0xff);
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function decodeBase64(s: string): string {
  try {
    const bin = atob(s.replace(/\s+/g, ''));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

/** One MIME entity: headers, then its text (parts of a multipart read recursively). */
function readEntity(raw: string, out: TextBuilder, where: string): void {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const get = (name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1] ?? '';
  if (where === 'headers') {
    for (const name of ['From', 'To', 'Cc', 'Reply-To', 'Subject']) {
      const v = get(name);
      if (v) out.add(`${name}: ${v}`, 'headers');
    }
  }
  const type = get('Content-Type').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(get('Content-Type'))?.[1];
  if (type.startsWith('multipart/') && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) if (!part.startsWith('--')) readEntity(part.replace(/^\r?\n/, ''), out, 'body');
    return;
  }
  if (type && !type.startsWith('text/')) {
    const name = /name="?([^";]+)"?/i.exec(headers)?.[1];
    if (name) out.markHidden(`attachment ${name} (not read)`);
    return;
  }
  const encoding = get('Content-Transfer-Encoding').toLowerCase();
  let text =
    encoding === 'base64' ? decodeBase64(body) : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  if (type.startsWith('text/html')) text = htmlToText(text);
  out.add(text, 'body');
}

export function readEml(raw: string): Extracted {
  const out = new TextBuilder();
  readEntity(raw, out, 'headers');
  return out.build('eml', 1);
}
