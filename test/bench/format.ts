/** Number and markdown formatting shared by the report sections. */
export const f3 = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x) ? '·' : x.toFixed(3);
export const f2 = (x: number | null | undefined): string =>
  x === null || x === undefined || Number.isNaN(x) ? '·' : x.toFixed(2);
export const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '·');
export const ok = (b: boolean | null): string => (b === null ? '–' : b ? '✅' : '❌');
export const MB = 1024 * 1024;
export const show = (s: string, max = 90): string => {
  const j = JSON.stringify(s);
  return '`' + (j.length > max ? j.slice(0, max - 1) + '…' : j).replace(/`/g, "'") + '`';
};
export const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );
