import type { Finding } from '../types';
import type { Recognizer } from '../recognizer';
import { AGAINST_IPS, contextWords, hasContext, hasNegativeContext, negativeWords } from '../context';
import { isWordChar, nextMatch } from '../text';

/**
 * IP_ADDRESS: dotted IPv4 (optional /prefix) and IPv6 (full, "::"-compressed, IPv4-embedded, optional zone and
 * /prefix), validated by parsing, not by regex alone. Not version strings: "v1.2.3.4", "version 10.0.19041.1",
 * OIDs and longer dotted runs are skipped. Loopback, unspecified and documentation-only addresses score low.
 */

const V4 = /\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?/g;
// Candidate IPv6: hex groups and colons (plus an optional dotted IPv4 tail); validated by parseV6.
const V6 = /[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}(?:%[\w.]+)?(?:\/\d{1,3})?/y;

const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;
const ZONE_AND_PREFIX = /^(?:%[\w.]+)?(?:\/\d{1,3})?/;
const VERSION = negativeWords(
  [
    'version',
    'versions',
    'ver',
    'v',
    'release',
    'build',
    'firmware',
    'kernel',
    'chrome',
    'firefox',
    'windows',
    'ios',
    'android',
    'node',
    'python',
    'npm',
    'package',
    'sdk',
    'api',
    'update',
    'upgrade',
    'patch',
    'oid',
    'core',
    'plugin',
    'compatible',
    'compatibility',
    'library',
    'dependency',
    'requires',
    'supported',
    'section',
    'chapter',
    'figure',
    'table',
  ],
  AGAINST_IPS,
);
const IP_CONTEXT = contextWords([
  'ip',
  'ipv4',
  'ipv6',
  'address',
  'host',
  'server',
  'client',
  'addr',
  'from',
  'src',
  'dst',
]);

export function ipv4Valid(s: string): boolean {
  const parts = s.split('/')[0]!.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => (p.length === 1 || p[0] !== '0') && Number(p) <= 255);
}

export function parseV6(s: string): boolean {
  let addr = s.replace(/%[\w.]+$/, '').replace(/\/\d{1,3}$/, '');
  let groups = 8;
  const tail = /:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(addr);
  if (tail) {
    if (!ipv4Valid(tail[1]!)) return false;
    addr = addr.slice(0, tail.index + 1) + '0:0';
    groups = 8;
  }
  if (addr.includes('.')) return false;
  const halves = addr.split('::');
  if (halves.length > 2) return false;
  const parse = (h: string): string[] | undefined => {
    if (h === '') return [];
    const g = h.split(':');
    return g.every((x) => HEX_GROUP.test(x)) ? g : undefined;
  };
  const a = parse(halves[0]!);
  const b = halves.length === 2 ? parse(halves[1]!) : [];
  if (!a || !b) return false;
  return halves.length === 2 ? a.length + b.length < groups : a.length === groups;
}

/** Loopback, "any", broadcast and netmasks: not anybody's address. */
function lowValueV4(s: string): boolean {
  const ip = s.split('/')[0]!;
  return ip.startsWith('127.') || ip === '0.0.0.0' || ip.startsWith('255.') || /^0\./.test(ip);
}

// A version string on the same line ("plugin 1.2.15 works with core 3.19.2.16"): dotted numbers there are versions.
const SEMVER = /(?<![\d.])\d+\.\d+\.\d+(?![\d.])/;

/** An IPv4 tail inside an IPv6 address ("::ffff:192.0.2.128") is part of it. Both lists are in text order. */
function dropV4InsideV6(all: Finding[], v4Count: number): Finding[] {
  const v4 = all.slice(0, v4Count);
  const v6 = all.slice(v4Count);
  if (v6.length === 0) return v4;
  let j = 0;
  const kept = v4.filter((f) => {
    while (j < v6.length && v6[j]!.end < f.end) j++;
    return !(j < v6.length && v6[j]!.start <= f.start && f.end <= v6[j]!.end);
  });
  return kept.concat(v6);
}

export const ipAddressRecognizer: Recognizer = {
  id: 'ip-address',
  phase: 'validated',
  types: ['IP_ADDRESS'],
  find(scan) {
    const out: Finding[] = [];
    const { text } = scan;
    V4.lastIndex = 0;
    for (let m = nextMatch(V4, text); m; m = nextMatch(V4, text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = text[start - 1];
      const after = text[end];
      if (isWordChar(before) || isWordChar(after) || before === '.' || before === '-') continue;
      // "1.2.3.4.5", "1.2.3.4-5": a longer dotted or dashed number. (A letter after a dash is not a number.)
      if ((after === '.' && /\w/.test(text[end + 1] ?? '')) || (after === '-' && /\d/.test(text[end + 1] ?? '')))
        continue;
      if (!ipv4Valid(m[0])) continue;
      // "v1.2.3.4", "version 1.2.3.4", "Chrome 120.0.6099.109", or a line of x.y.z versions.
      const ipContext = hasContext(scan, start, end, IP_CONTEXT, 4, 0);
      const [lineStart, lineEnd] = scan.lineAt(start);
      const versionish =
        /[vV]$/.test(text.slice(Math.max(0, start - 1), start)) ||
        hasNegativeContext(scan, start, end, VERSION, 3, 0) ||
        SEMVER.test(text.slice(lineStart, start) + ' ' + text.slice(end, lineEnd));
      if (versionish && !ipContext) continue;
      const score = lowValueV4(m[0]) ? 0.2 : ipContext ? 0.85 : 0.6;
      out.push({ type: 'IP_ADDRESS', start, end, score, recognizer: 'ip-address' });
    }
    const v4Count = out.length;
    // From each colon, expand over hex digits, colons and dots (and a %zone or /prefix); then the IPv6 shape
    // inside. Expanding in code, not with a backtracking regex, keeps 100 KB of "aaaa…" linear.
    const isV6Char = (c: string | undefined): boolean => {
      const x = c === undefined ? 0 : c.charCodeAt(0);
      return (x >= 48 && x <= 58) || (x >= 65 && x <= 70) || (x >= 97 && x <= 102) || x === 46; // 0-9 : A-F a-f .
    };
    let scanned = 0;
    for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', Math.max(colon + 1, scanned))) {
      let a = colon;
      while (a > scanned && isV6Char(text[a - 1])) a--;
      let b = colon + 1;
      while (b < text.length && isV6Char(text[b])) b++;
      scanned = b;
      // One colon is no IPv6 ("Note: 12", "12:30"), whatever follows: most colons stop here, before any copy.
      const next = text.indexOf(':', colon + 1);
      if ((next < 0 || next >= b) && !(colon > a && text.lastIndexOf(':', colon - 1) >= a)) continue;
      const zone = ZONE_AND_PREFIX.exec(text.slice(b, b + 40))![0];
      const runText = text.slice(a, b) + zone;
      const inner = V6.exec(runText);
      V6.lastIndex = 0;
      if (!inner) continue;
      const m = { 0: inner[0], index: a + inner.index };
      const raw = m[0];
      if (raw.length < 6 || !raw.includes(':')) continue;
      const start = m.index;
      const end = start + raw.length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end]) || text[start - 1] === ':' || text[end] === ':')
        continue;
      if (!parseV6(raw)) continue;
      // "::", "::1" and times/ratios that parse ("12:30::") are not worth reporting; real addresses have a letter
      // or 3+ groups with digits.
      const groups = raw.split(':').filter((g) => g !== '');
      if (groups.length < 3 && !/[a-f]/i.test(raw)) continue;
      const score = raw === '::1' ? 0.1 : 0.6;
      out.push({ type: 'IP_ADDRESS', start, end, score, recognizer: 'ip-address' });
    }
    return dropV4InsideV6(out, v4Count);
  },
};
