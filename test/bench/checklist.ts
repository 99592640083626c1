/** The issue #3 targets, checked against one run. */
import { f2, f3, MB, ok, pct, table } from './format';
import { type BenchResult, type ToolResult, VALIDATED } from './result';
import { typeRates } from './score';

export function checklist(r: BenchResult): string {
  const fast = r.tools.find((t) => t.name === 'Veil fast');
  const full = r.tools.find((t) => t.name === 'Veil full');
  const alts = r.tools.filter((t) => !t.name.startsWith('Veil') && t.score);
  const rows: string[][] = [];
  const prot = (t: ToolResult | undefined, type: string): number | null =>
    typeRates(t?.score?.perType.get(type)).protection;
  const failing = (t: ToolResult | undefined): string => {
    const bad = [...VALIDATED, 'SECRET'].filter((ty) => (prot(t, ty) ?? 0) < 0.95);
    return bad.length ? bad.map((ty) => `${ty} ${f3(prot(t, ty))}`).join(', ') : 'all ≥ 0.95';
  };
  const allOk = (t: ToolResult | undefined): boolean =>
    [...VALIDATED, 'SECRET'].every((ty) => (prot(t, ty) ?? 0) >= 0.95);
  rows.push([
    'Own corpus: protection ≥ 0.95, every validated type + SECRET',
    `fast: ${failing(fast)}<br>full: ${failing(full)}`,
    `${ok(allOk(fast))} / ${ok(allOk(full))}`,
  ]);
  const person = (t: ToolResult | undefined): { p: number | null; r: number | null } => {
    const x = typeRates(t?.score?.perType.get('PERSON'));
    return { p: x.precision, r: x.recall };
  };
  const pf = person(full);
  rows.push([
    'Own corpus: PERSON precision and recall ≥ 0.85 (full path)',
    `P ${f3(pf.p)} / R ${f3(pf.r)} (fast: P ${f3(person(fast).p)} / R ${f3(person(fast).r)})`,
    ok((pf.p ?? 0) >= 0.85 && (pf.r ?? 0) >= 0.85),
  ]);
  const neg = (t: ToolResult | undefined): number =>
    t?.score ? t.score.negFlagged / Math.max(1, t.score.negItems) : 1;
  rows.push([
    'Own corpus: ≤ 3% of negatives flagged',
    `fast ${pct(fast?.score?.negFlagged ?? 0, fast?.score?.negItems ?? 0)}, full ${pct(full?.score?.negFlagged ?? 0, full?.score?.negItems ?? 0)}`,
    `${ok(neg(fast) <= 0.03)} / ${ok(neg(full) <= 0.03)}`,
  ]);
  const ahead = alts.every(
    (a) => (full?.score?.charF2 ?? 0) > a.score!.charF2 && (full?.score?.protection ?? 0) > a.score!.protection,
  );
  const best = alts.reduce<ToolResult | undefined>(
    (b, a) => (!b || a.score!.charF2 > b.score!.charF2 ? a : b),
    undefined,
  );
  rows.push([
    'Own corpus: ahead of every alternative (char F2 and protection, full path)',
    `Veil full F2 ${f3(full?.score?.charF2)}, prot ${f3(full?.score?.protection)}; best alternative ${best?.name ?? '·'} F2 ${f3(best?.score?.charF2)}, prot ${f3(best?.score?.protection)}`,
    ok(ahead),
  ]);
  rows.push([
    'Fast path p99 ≤ 2 ms (2,000 chars)',
    `p99 ${f2(fast?.latency?.p99)} ms over ${fast?.latency?.n ?? 0} prompts (p50 ${f2(fast?.latency?.p50)}; ` +
      `p99 per 300: ${(fast?.latency?.blockP99s ?? []).map(f2).join(', ')}; ` +
      `calls with a GC pause: ${fast?.latency?.gcCalls ?? '·'}); in Chromium: ` +
      ('error' in r.chromium ? 'not measured' : `p99 ${f2(r.chromium.p99)} ms (p50 ${f2(r.chromium.p50)})`),
    ok((fast?.latency?.p99 ?? Infinity) <= 2 && ('error' in r.chromium || r.chromium.p99 <= 2)),
  ]);
  const mbps = (full?.throughput?.medianCharsPerS ?? 0) / MB;
  rows.push([
    'Full path ≥ 1 MB/s on 100 KB pastes',
    `${mbps.toFixed(2)} MB/s (median of ${full?.throughput?.n ?? 0})`,
    ok(mbps >= 1),
  ]);
  const b0 = r.bundles[0];
  rows.push([
    'Detector ≤ 150 KB gzipped in the content script',
    b0 ? `${b0.entry}: ${f2(b0.gzKB)} KB gz${b0.error ? ` (error: ${b0.error})` : ''}` : '·',
    ok(b0 ? b0.gzKB <= 150 : null),
  ]);
  const s = r.presidio.summary;
  if (r.presidio.ok && s) {
    const need: [string, number][] = [
      ['EMAIL_ADDRESS', 0.95],
      ['CREDIT_CARD', 0.95],
      ['IBAN_CODE', 0.95],
      ['US_SSN', 0.95],
      ['IP_ADDRESS', 0.95],
      ['PHONE_NUMBER', 0.9],
    ];
    const f2s = r.presidio.f2 ?? {};
    const typeOk = need.every(([t, min]) => (f2s[t] ?? 0) >= min);
    rows.push([
      'presidio-research: pii_char_f2 ≥ 0.85 and entity_protection_rate ≥ 0.85',
      `${String(s.pii_char_f2)} / ${String(s.entity_protection_rate)}`,
      ok(Number(s.pii_char_f2) >= 0.85 && Number(s.entity_protection_rate) >= 0.85),
    ]);
    rows.push([
      'presidio-research: F2 ≥ 0.95 EMAIL/CARD/IBAN/SSN/IP, ≥ 0.90 PHONE',
      need.map(([t]) => `${t} ${f3(f2s[t])}`).join(', '),
      ok(typeOk),
    ]);
    rows.push([
      'presidio-research (issue #20): pii_char_f2 ≥ 0.93 and entity_protection_rate ≥ 0.90',
      `${String(s.pii_char_f2)} / ${String(s.entity_protection_rate)}`,
      ok(Number(s.pii_char_f2) >= 0.93 && Number(s.entity_protection_rate) >= 0.9),
    ]);
  } else {
    rows.push(['presidio-research targets', r.presidio.output.split('\n')[0] ?? '', '–']);
  }
  rows.push(peerRow(r));
  rows.push(codePieceRow(r));
  return table(['Criterion (issue #3, #20)', 'Measured', 'Pass'], rows);
}

/** Issue #20: the peer suites' headline (core cases): find-recall ≥ 0.90, none-flagged ≤ 0.05. */
function peerRow(r: BenchResult): string[] {
  const line = /peers: find-recall ([\d.]+) \(n=\d+\) none-flagged ([\d.]+)/.exec(r.peers.output);
  const criterion = 'Peer suites (issue #20): find-recall ≥ 0.90 and none-flagged ≤ 0.05 (core)';
  if (!line) return [criterion, r.peers.output.split('\n')[0] ?? 'not run', '–'];
  const [recall, flagged] = [Number(line[1]), Number(line[2])];
  return [criterion, `${line[1]!} / ${line[2]!}`, ok(recall >= 0.9 && flagged <= 0.05)];
}

/** Issue #20: library source pieces with a PERSON/LOCATION/STREET_ADDRESS finding ≤ 2%, per Veil path. */
function codePieceRow(r: BenchResult): string[] {
  const criterion = 'Library source pieces (issue #20): ≤ 2% with a PERSON/LOCATION/STREET_ADDRESS finding';
  if (!r.codePieces.length) return [criterion, 'not measured', '–'];
  const shares = r.codePieces.map(({ tool, results }) => {
    const pieces = results.reduce((a, x) => a + x.pieces, 0);
    const flagged = results.reduce((a, x) => a + x.flagged, 0);
    return { tool, share: pieces ? flagged / pieces : 0, flagged, pieces };
  });
  return [
    criterion,
    shares.map((x) => `${x.tool} ${x.flagged}/${x.pieces} (${(100 * x.share).toFixed(1)}%)`).join(', '),
    shares.map((x) => ok(x.share <= 0.02)).join(' / '),
  ];
}
