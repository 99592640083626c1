/**
 * Files and OCR, for `npm run bench` (also `npx tsx test/bench/files.ts` alone): text extraction
 * speed per format on generated documents with planted values, recall of those values by the fast
 * path after extraction, the process's peak memory, and OCR time and recall on a 1920x1080
 * screenshot and a phone-like photo, both rendered by Chromium.
 */
import { resourceUsage } from 'node:process';
import { chromium, type Page } from 'playwright-core';
import { detect } from '../../src/detect';
import { extractInNode } from '../../src/files/node';
import { boxesFor, textFromLines, type Box } from '../../src/files/ocr';
import { makeDocx, makePdf, makePptx, makeXlsx } from '../files/make';
import { nodeOcr } from '../files/ocr-node';

interface Record {
  name: string;
  email: string;
  phone: string;
  iban: string;
}

const FIRST = ['Ann', 'Bob', 'Chen', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana'];
const LAST = ['Lee', 'Ray', 'Wu', 'Okafor', 'Silva', 'Novak', 'Berg', 'Sato'];
/** Valid German IBANs (the checksum is computed), UK-style phone numbers, unique emails. */
export function records(n: number): Record[] {
  return Array.from({ length: n }, (_, i) => {
    const account = String(1_000_000_000 + i * 7919).padStart(10, '0');
    const bban = `37040044${account}`;
    const check = 98 - Number(BigInt(`${bban}131400`) % 97n);
    const iban = `DE${String(check).padStart(2, '0')}${bban}`.replace(/(.{4})/g, '$1 ').trim();
    const name = `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]}`;
    return {
      name,
      email: `${name.toLowerCase().replace(' ', '.')}${i}@example.com`,
      phone: `+44 20 7946 ${String(i % 10_000).padStart(4, '0')}`,
      iban,
    };
  });
}

const line = (r: Record): string => `Customer ${r.name}, mail ${r.email}, phone ${r.phone}, IBAN ${r.iban}.`;

function documents(rs: Record[]): [string, Uint8Array][] {
  const lines = rs.map(line);
  // A PDF line must fit the page: pdf.js leaves out text drawn beyond the page's edge.
  const pdfLines = rs.flatMap((r) => [`Customer ${r.name}, mail ${r.email},`, `phone ${r.phone}, IBAN ${r.iban}.`]);
  const pdfPages = Array.from({ length: Math.ceil(pdfLines.length / 48) }, (_, p) => ({
    lines: pdfLines.slice(p * 48, p * 48 + 48),
  }));
  const pages = Array.from({ length: Math.ceil(lines.length / 40) }, (_, p) => ({
    lines: lines.slice(p * 40, p * 40 + 40),
  }));
  return [
    ['docx', makeDocx({ paragraphs: lines })],
    ['xlsx', makeXlsx([{ name: 'Customers', rows: rs.map((r) => [r.name, r.email, r.phone, r.iban]) }])],
    ['pptx', makePptx(pages.map((p) => ({ lines: p.lines.slice(0, 20), notes: p.lines.slice(20).join(' ') })))],
    ['pdf', makePdf(pdfPages)],
  ];
}

/** Share of planted values a finding covers (a finding starting at or before the value and ending at or after it). */
function recall(text: string, values: readonly string[]): number {
  const findings = detect(text);
  let found = 0;
  let from = 0;
  for (const v of values) {
    const at = text.indexOf(v, from);
    if (at < 0) continue;
    from = at;
    if (findings.some((f) => f.start <= at && f.end >= at + v.length)) found++;
  }
  return found / values.length;
}

const planted = (rs: readonly Record[]): string[] => rs.flatMap((r) => [r.email, r.phone, r.iban]);

export async function extraction(): Promise<string[]> {
  const rs = records(2000);
  const rows = [
    '| format | file | text | MB/s (file) | M chars/s | recall (email, phone, IBAN) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [format, bytes] of documents(rs)) {
    await extractInNode(bytes, `warm.${format}`); // the first run compiles the readers
    const t0 = performance.now();
    const x = await extractInNode(bytes, `bench.${format}`);
    const s = (performance.now() - t0) / 1000;
    const mb = bytes.length / 1e6;
    rows.push(
      `| ${format} | ${mb.toFixed(2)} MB | ${(x.text.length / 1e6).toFixed(2)} M chars | ${(mb / s).toFixed(2)} | ${(x.text.length / 1e6 / s).toFixed(2)} | ${recall(x.text, planted(rs)).toFixed(3)} |`,
    );
  }
  rows.push('', `Peak memory (max RSS of the process so far): ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  return rows;
}

/** A planted value, marked so the bench can ask the page where it was drawn. */
const v = (value: string): string => `<span data-planted>${value}</span>`;

/** Where each planted value was drawn, in the screenshot's pixels, in document order. */
const plantedRects = (page: Page): Promise<Box[]> =>
  page.$$eval('[data-planted]', (spans) =>
    spans.map((span) => {
      const r = span.getBoundingClientRect();
      return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }),
  );

/**
 * Whether the boxes painted over the findings hide a value: points every 2 px along the middle of
 * its text line (tilted by `degrees`, as the photo is) must fall inside some box (or in a space
 * between two), all but 5 %. This is what the redacted image is for, however the OCR spelt
 * the value (an email read as `bob.leel@` is still found, and its box still painted).
 */
function covered(value: Box, boxes: readonly Box[], degrees: number): boolean {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const cx = (value.x0 + value.x1) / 2;
  const cy = (value.y0 + value.y1) / 2;
  // The bounding box of a tilted line is wider than the line by the tilt; stay on the text.
  const half = (value.x1 - value.x0) / 2 - Math.abs(slope) * ((value.y1 - value.y0) / 2);
  let inside = 0;
  let all = 0;
  for (let dx = -half; dx <= half; dx += 2, all++) {
    const x = cx + dx;
    const y = cy + dx * slope;
    const at = (px: number): boolean => boxes.some((b) => b.x0 <= px && px <= b.x1 && b.y0 <= y && y <= b.y1);
    // A space between two painted words of the value shows nothing.
    if (at(x) || (at(x - 5) && at(x + 5))) inside++;
  }
  return inside >= 0.95 * all;
}

const SCREEN = (rs: Record[]): string =>
  `<body style="margin:0;background:#f8fafc;font:18px Arial"><div style="display:flex"><nav style="width:260px;height:1080px;background:#1e293b;color:#cbd5e1;padding:24px">Accounts<br><br>Contacts<br><br>Reports</nav><main style="padding:32px;line-height:1.7">${rs
    .map((r) => `<div>${r.name} &nbsp; ${v(r.email)} &nbsp; ${v(r.phone)} &nbsp; ${v(r.iban)}</div>`)
    .join('')}</main></div></body>`;

const PHOTO = (rs: Record[]): string =>
  `<body style="margin:0;background:#6b5d4f"><div style="transform:rotate(-3deg) translate(60px,80px);width:1000px;background:#f1ede4;padding:40px;font:30px Georgia;filter:blur(0.7px) brightness(0.92);box-shadow:0 0 40px #000">${rs
    .map((r) => `<p>${r.name}<br>${v(r.email)}<br>${v(r.phone)}</p>`)
    .join('')}</div></body>`;

export interface Shot {
  label: string;
  image: Uint8Array;
  values: string[];
  /** Where each value was drawn, in order. */
  rects: Box[];
  /** The text's tilt. */
  degrees: number;
}

/** A 1920x1080 screenshot of a CRM-like page and a tilted, blurred phone-like photo, rendered by Chromium. */
export async function screenshots(): Promise<Shot[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const shots: Shot[] = [];
  try {
    const screen = records(24);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.setContent(SCREEN(screen));
    shots.push({
      label: 'screenshot 1920x1080 PNG',
      image: await page.screenshot({ type: 'png' }),
      values: planted(screen),
      rects: await plantedRects(page),
      degrees: 0,
    });
    const photoRecords = records(6).slice(3);
    await page.setViewportSize({ width: 1200, height: 1600 });
    await page.setContent(PHOTO(photoRecords));
    shots.push({
      label: 'phone-like photo 1200x1600 JPEG (rotated 3°, blurred)',
      image: await page.screenshot({ type: 'jpeg', quality: 80 }),
      values: photoRecords.flatMap((r) => [r.email, r.phone]),
      rects: await plantedRects(page),
      degrees: -3,
    });
  } finally {
    await browser.close();
  }
  return shots;
}

export async function ocrRows(shots: readonly Shot[]): Promise<string[]> {
  const ocr = await nodeOcr();
  const rows = [
    '| image | OCR seconds | recall: value in the OCR text, found | recall: value covered in the redacted image |',
    '|---|---|---|---|',
  ];
  try {
    await ocr.read(shots[0]!.image); // loads the language data and compiles the wasm once
    for (const shot of shots) {
      const t0 = performance.now();
      const { lines } = await ocr.read(shot.image);
      const s = (performance.now() - t0) / 1000;
      const read = textFromLines(lines);
      const boxes = boxesFor(read.words, detect(read.text));
      const hidden = shot.rects.filter((r) => covered(r, boxes, shot.degrees)).length / shot.rects.length;
      rows.push(
        `| ${shot.label} | ${s.toFixed(1)} | ${recall(read.text, shot.values).toFixed(3)} | ${hidden.toFixed(3)} |`,
      );
    }
  } finally {
    await ocr.close();
  }
  return rows;
}

export async function filesReport(): Promise<string> {
  const parts = [
    '## Files and OCR',
    '',
    'Text extraction (Node, the readers the offscreen document runs), 2,000 records:',
    '',
  ];
  parts.push(
    ...(await extraction()),
    '',
    'OCR (tesseract.js 5, the English best_int data shipped in the extension, Node):',
    '',
  );
  parts.push(...(await ocrRows(await screenshots())));
  return parts.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await filesReport());
