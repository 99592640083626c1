/** The shape of one bench run, shared by run.ts and the report. */
import type { BundleSize } from './bundle';
import type { PieceResult } from './code-pieces';
import type { ChromiumLatency } from './chromium';
import type { ScoreRun } from './presidio';
import type { Score } from './score';
import type { Latency, Throughput } from './timing';

export interface ToolResult {
  name: string;
  covers: readonly string[];
  mapping: string;
  notes: string[];
  unavailable?: string;
  score?: Score;
  qualityMs?: number;
  firstError?: string;
  latency?: Latency;
  throughput?: Throughput;
}

export interface BenchResult {
  date: string;
  machine: string;
  node: string;
  loadBefore: number[];
  loadAfter: number[];
  /** A fixed loop's median time (ms) right before and right after the speed section: the box's own speed then. */
  referenceMs: [number, number];
  seed: number;
  corpus: {
    items: number;
    positives: number;
    negatives: number;
    locales: number;
    kinds: number;
    genMs: number;
    chars: number;
  };
  tools: ToolResult[];
  /** Veil fast in Chromium on the same prompts (chromium.ts), or why it was not measured. */
  chromium: ChromiumLatency | { error: string };
  byLocale: { locale: string; items: number; score: Score }[];
  bundles: BundleSize[];
  fakerInSrc: string[];
  presidio: ScoreRun;
  ownViaScoreMjs: ScoreRun;
  /** ../shared/eval/peer-suites/score.mjs: the peers' own test cases. */
  peers: ScoreRun;
  /** Library source in 2,000-character pieces, per Veil path: pieces with a PERSON/LOCATION/STREET_ADDRESS finding. */
  codePieces: { tool: string; results: PieceResult[] }[];
  totalMs: number;
  notes: string[];
}

/** Types with a validator (checksum, format rule or library) that must reach 0.95 protection. */
export const VALIDATED = [
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'UK_NINO',
  'UK_NHS',
  'NATIONAL_ID',
  'IP_ADDRESS',
  'MAC_ADDRESS',
];
export const TYPE_ORDER = [
  ...VALIDATED,
  'SECRET',
  'PERSON',
  'US_PASSPORT',
  'US_DRIVER_LICENSE',
  'STREET_ADDRESS',
  'LOCATION',
  'DATE_OF_BIRTH',
  'ORGANIZATION',
  'URL',
  'DATE_TIME',
];
