/**
 * Columns of the tables pasted into a prompt, whatever their syntax: delimited rows (CSV, TSV, `;`, Markdown pipe
 * tables), SQL `INSERT INTO t (a, b) VALUES (…), (…)` and JSON objects (`"key": value`, every object of an array
 * adding a cell to its key's column). A column is its header's text and the [start, end) spans of its cells, quotes
 * and surrounding blanks left out. The column typer (recognizers/column-typer.ts) reads them. Every reader is one
 * walk over the text (or over a bounded regex's matches): no backtracking over rows.
 */
export interface Column {
  header: string;
  cells: number[]; // start, end, start, end, …
}

const QUOTE = 34; // "

/** Cell spans of text[from, to) cut at `d` outside double quotes, trimmed and unquoted. */
function cellsOf(text: string, from: number, to: number, d: number): number[] {
  const out: number[] = [];
  let quoted = false;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : d;
    if (c === QUOTE) quoted = !quoted;
    else if (c === d && !quoted) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
    }
  }
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: number[]): void {
  while (s < e && text.charCodeAt(s) <= 32) s++;
  while (e > s && text.charCodeAt(e - 1) <= 32) e--;
  const q = text[s];
  if (e - s >= 2 && (q === '"' || q === "'" || q === '`') && text[e - 1] === q) {
    s++;
    e--;
  }
  out.push(s, e);
}

// How many delimiters delimiterOf counted on its line (a module variable: no array or object per line of text).
let delimiterCount = 0;

/** The delimiter of a line (most frequent outside quotes, ties to the earlier in DELIMS), or -1; sets delimiterCount. */
function delimiterOf(text: string, from: number, to: number): number {
  let tabs = 0;
  let pipes = 0;
  let semis = 0;
  let commas = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 9) tabs++;
    else if (c === 124) pipes++;
    else if (c === 59) semis++;
    else if (c === 44) commas++;
  }
  delimiterCount = Math.max(tabs, pipes, semis, commas);
  if (delimiterCount === 0) return -1;
  return tabs === delimiterCount ? 9 : pipes === delimiterCount ? 124 : semis === delimiterCount ? 59 : 44;
}

/** A Markdown table's rule line ("|---|:--:|"): dashes, pipes, colons and blanks only (a walk: a regex with a
 * star each side of the dash backtracks quadratically on a long run of dashes). */
function isRule(text: string, from: number, to: number): boolean {
  let dash = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '-') dash = true;
    else if (c !== '|' && c !== ':' && c !== ' ' && c !== '\t') return false;
  }
  return dash;
}

/**
 * Columns of delimited blocks: a header line, then one or more lines with the same delimiter and cell count. Lines
 * are only counted until two in a row agree: cells are cut (and the header's text copied) for blocks alone.
 */
function delimitedColumns(text: string, out: Column[]): void {
  let block: Column[] | undefined;
  // The previous row's delimiter, cell count and bounds: the header of a block its next line may start.
  let d = -1;
  let n = 0;
  let headerStart = 0;
  let headerEnd = 0;
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    let s = ls;
    let e = le;
    while (s < e && text.charCodeAt(s) <= 32) s++;
    while (e > s && text.charCodeAt(e - 1) <= 32) e--;
    // A pipe table's outer pipes are no cell edges.
    if (text[s] === '|' && text[e - 1] === '|' && e - s > 1) {
      s++;
      e--;
    }
    ls = le + 1;
    const ld = e > s ? delimiterOf(text, s, e) : -1;
    if (ld === 124 && isRule(text, s, e)) continue;
    const ln = ld < 0 ? 0 : delimiterCount + 1;
    if (ld >= 0 && ld === d && ln === n) {
      if (!block) {
        const header = cellsOf(text, headerStart, headerEnd, d);
        block = [];
        for (let k = 0; k < n; k++) block.push({ header: text.slice(header[2 * k]!, header[2 * k + 1]!), cells: [] });
      }
      const cells = cellsOf(text, s, e, ld);
      for (let k = 0; k < n; k++) block[k]!.cells.push(cells[2 * k]!, cells[2 * k + 1]!);
      continue;
    }
    if (block) closeBlock(block, out);
    block = undefined;
    d = ld;
    n = ln;
    headerStart = s;
    headerEnd = e;
  }
  if (block) closeBlock(block, out);
}

const closeBlock = (block: Column[], out: Column[]): void => {
  for (const c of block) if (c.cells.length) out.push(c);
};

// INSERT INTO name (columns) VALUES: bounded parts, no nested quantifier.
const INSERT = /\binsert\s+into\s+[^\s(]{1,100}\s*\(([^()]{1,500})\)\s*values\s*/gi;

/** Columns of SQL INSERT statements with a column list. */
function sqlColumns(text: string, out: Column[]): void {
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m; m = INSERT.exec(text)) {
    const listStart = m.index + m[0].indexOf('(') + 1;
    const names = cellsOf(text, listStart, listStart + m[1]!.length, 44);
    const cols: Column[] = [];
    for (let k = 0; k < names.length; k += 2) cols.push({ header: text.slice(names[k]!, names[k + 1]!), cells: [] });
    let i = INSERT.lastIndex;
    while (text[i] === '(') {
      const row: number[] = [];
      i = tupleOf(text, i + 1, row);
      if (row.length === cols.length * 2)
        for (let k = 0; k < cols.length; k++) cols[k]!.cells.push(row[2 * k]!, row[2 * k + 1]!);
      while (i < text.length && (text.charCodeAt(i) <= 32 || text[i] === ',')) i++;
    }
    closeBlock(cols, out);
    INSERT.lastIndex = Math.max(INSERT.lastIndex, i);
  }
}

/** Reads one VALUES tuple from after its "(" to its ")" (SQL strings: '…' with '' inside); returns the index after it. */
function tupleOf(text: string, i: number, row: number[]): number {
  let start = i;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      for (i++; i < text.length; i++) if (text[i] === "'" && text[++i] !== "'") break;
      i--;
    } else if (c === ',' || c === ')') {
      pushTrimmed(text, start, i, row);
      start = i + 1;
      if (c === ')') return i + 1;
    } else if (c === '\n' && text[i + 1] === '\n') break;
  }
  return i;
}

// "key": "value" or "key": number. Alternatives that cannot both match a character: linear.
const JSON_PAIR = /"([^"\\\n]{1,40})"\s*:\s*(?:"((?:[^"\\\n]|\\.){1,150})"|(-?\d[\d .-]{0,25}\d))/g;

/** Columns of JSON keys: every value of a key (the objects of an array) is a cell of its column. */
function jsonColumns(text: string, out: Column[]): void {
  const byKey = new Map<string, Column>();
  JSON_PAIR.lastIndex = 0;
  for (let m = JSON_PAIR.exec(text); m; m = JSON_PAIR.exec(text)) {
    const key = m[1]!;
    let col = byKey.get(key);
    if (!col) byKey.set(key, (col = { header: key, cells: [] }));
    const value = m[2] ?? m[3]!;
    const end = m.index + m[0].length - (m[2] !== undefined ? 1 : 0);
    col.cells.push(end - value.length, end);
  }
  for (const c of byKey.values()) out.push(c);
}

/** Every column of every table shape in the text. */
export function columnsOf(text: string): Column[] {
  const out: Column[] = [];
  if (text.includes('\n')) delimitedColumns(text, out);
  if (text.includes('":')) jsonColumns(text, out);
  if (/insert/i.test(text)) sqlColumns(text, out);
  return out;
}
