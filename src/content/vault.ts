/**
 * The content script's side of the placeholder vault (background/vault.ts keeps the map). A
 * conversation is the site plus the page's path; a chat started at `/` that moves to `/c/<id>`
 * after its first message keeps its numbering (inherit).
 *
 * When the background cannot answer (extension reloaded: a stale script), redaction still happens
 * with a map kept in this isolated world's memory, which page scripts cannot reach; numbering may
 * then differ from earlier messages, and the caller tells the user.
 */
import { emptyMap, redact, type Finding, type PlaceholderMap } from '../detect';
import { callBackground } from './runtime';
import type { Flagged } from './assess';

export interface VaultResult {
  text: string;
  /** True when the background was unreachable and the local fallback numbered the placeholders. */
  local: boolean;
}

/** A chat that got its URL within this long after a send continues that send's numbering. */
const INHERIT_MS = 60_000;

export class Vault {
  private last: { conversation: string; at: number } | undefined;
  private readonly localMaps = new Map<string, PlaceholderMap>();

  constructor(private readonly siteId: string) {}

  /** The conversation this document last redacted into, and when: a reply may continue its numbering. */
  lastRedact(): { conversation: string; at: number } | undefined {
    return this.last;
  }

  conversation(): string {
    return `${this.siteId}:${location.pathname}`.slice(0, 300);
  }

  async redact(text: string, flagged: readonly Flagged[]): Promise<VaultResult> {
    const conversation = this.conversation();
    const inherit =
      this.last && this.last.conversation !== conversation && Date.now() - this.last.at < INHERIT_MS
        ? this.last.conversation
        : undefined;
    this.last = { conversation, at: Date.now() };
    const spans = flagged.map(({ finding: f }) => ({ start: f.start, end: f.end, type: f.type }));
    try {
      const answer = await callBackground('vault/redact', {
        conversation,
        ...(inherit ? { inherit } : {}),
        text,
        spans,
      });
      return { text: answer.text, local: false };
    } catch {
      // Unreachable, stale or refused: the local map keeps the text safe; the caller says so.
      const map = this.localMaps.get(conversation) ?? (inherit ? this.localMaps.get(inherit) : undefined) ?? emptyMap();
      const findings: Finding[] = flagged.map((f) => f.finding);
      const result = redact(text, findings, map);
      this.localMaps.set(conversation, result.map);
      return { text: result.text, local: true };
    }
  }
}
