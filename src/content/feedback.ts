/**
 * While the user types: a debounced scan in idle time; findings underlined with the CSS Custom
 * Highlight API (ranges over the editor's text nodes; the editor's DOM is never changed) and a
 * small pill by the composer ("3 items will be redacted") that opens the details.
 *
 * The underline style is a constructable stylesheet adopted by the document. Textareas cannot hold
 * highlight ranges, so there only the pill shows. What the page can see: the highlight registry is
 * per document, so a page script can enumerate `CSS.highlights` and learn which spans of its own
 * composer are underlined; it cannot learn types, scores, placeholders or anything not already in
 * the composer.
 */
import type { Settings } from '../policy/schema';
import { t, tCount } from '../platform/i18n';
import { isTextArea, readComposer } from './composer';
import { FULL_LIMIT, type FullPath } from './full-path';
import { assess, assessChunked, withFullFindings, MAX_SCAN, SYNC_LIMIT, type Assessment } from './assess';
import { timed } from './stats';
import { buildTextMap, type TextMap } from './textmap';
import { BASE_CSS, createHost, el, mount, type UiHost } from './ui';

const DEBOUNCE_MS = 250;
const HIGHLIGHTS = { redact: 'veil-redact', warn: 'veil-warn', block: 'veil-block' } as const;

const HIGHLIGHT_CSS = `
  ::highlight(veil-redact) { text-decoration: underline wavy #d97706; text-decoration-skip-ink: none; }
  ::highlight(veil-warn) { text-decoration: underline dotted #2563eb; text-decoration-thickness: 2px; }
  ::highlight(veil-block) { text-decoration: underline wavy #dc2626; background-color: rgba(220,38,38,.12); }
`;

const PILL_CSS = `${BASE_CSS}
  button { position: fixed; z-index: 2147483646; font: 12px/1.2 system-ui, sans-serif; padding: 4px 10px;
    border-radius: 999px; border: 1px solid #d97706; background: #fffbeb; color: #92400e; cursor: pointer;
    box-shadow: 0 2px 8px rgba(0,0,0,.12); }
  button[data-verdict="block"] { border-color: #dc2626; background: #fef2f2; color: #991b1b; }
  button[data-verdict="warn"] { border-color: #2563eb; background: #eff6ff; color: #1e3a8a; }
  button[data-monitor="true"] { border-color: #6b7280; background: #f9fafb; color: #374151; }
  button:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) { button { background: #1f2937; color: #fcd34d; } }
`;

export interface FeedbackDeps {
  settings(): Settings;
  /** Called with every finished scan (the guard flags the values for the tripwire). */
  onScanned(assessment: Assessment, composer: HTMLElement): void;
  /** The pill was clicked. */
  openDetails(assessment: Assessment): void;
  /** The full path (names, places), when the extension has it. */
  full?: FullPath;
}

/** Words for what the pill shows; also used by notices. */
export function summarise(a: Assessment, monitor: boolean): string {
  if (a.flagged.length === 0) return '';
  if (monitor) return tCount('pill_monitor', a.flagged.length);
  const count = (action: string): number => a.flagged.filter((f) => f.action === action).length;
  const parts: string[] = [];
  const block = count('block');
  const warn = count('warn');
  const redact = count('redact');
  if (block) parts.push(tCount('pill_block', block));
  if (warn) parts.push(tCount('pill_warn', warn));
  if (redact) parts.push(tCount('pill_redact', redact));
  return parts.join(' · ');
}

export class TypingFeedback {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private composer: HTMLElement | undefined;
  private composing = false;
  private generation = 0;
  private pill: UiHost | undefined;
  private button: HTMLButtonElement | undefined;
  private last: Assessment | undefined;
  private sheet: CSSStyleSheet | undefined;
  private placing = false;

  constructor(private readonly deps: FeedbackDeps) {
    const place = (): void => {
      if (this.placing) return;
      this.placing = true;
      requestAnimationFrame(() => {
        this.placing = false;
        this.position();
      });
    };
    window.addEventListener('scroll', place, { capture: true, passive: true });
    window.addEventListener('resize', place, { passive: true });
    window.addEventListener('compositionstart', () => (this.composing = true), true);
    window.addEventListener('compositionend', () => (this.composing = false), true);
  }

  /** Something changed in `composer`: scan it after a pause in typing. */
  schedule(composer: HTMLElement, soon = false): void {
    this.composer = composer;
    clearTimeout(this.timer);
    // A paste, a drop or dictation lands whole: no typing pause to wait for, and a send may follow
    // at once, so the full path should start now.
    this.timer = setTimeout(() => this.idle(soon), soon ? 0 : DEBOUNCE_MS);
  }

  private idle(soon: boolean): void {
    if (this.composing) {
      this.timer = setTimeout(() => this.idle(false), DEBOUNCE_MS);
      return;
    }
    const run = (): void => void this.scan();
    if (!soon && typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  }

  private async scan(): Promise<void> {
    const composer = this.composer;
    if (!composer?.isConnected) return this.clear();
    const generation = ++this.generation;
    const rich = !isTextArea(composer);
    const map = rich ? timed('scan', () => buildTextMap(composer)) : undefined;
    const text = map ? map.text : readComposer(composer);
    if (text.length > MAX_SCAN) return this.clear();
    let assessment: Assessment;
    try {
      const settings = this.deps.settings();
      assessment =
        text.length <= SYNC_LIMIT ? timed('scan', () => assess(text, settings)) : await assessChunked(text, settings);
    } catch {
      return; // the submit-time check reports failures; typing feedback just stays as it was
    }
    if (generation !== this.generation) return; // a newer scan is under way
    this.show(composer, map, assessment);
    // Then the full path (names, places) from the background; shown if the text has not changed.
    const full = this.deps.full;
    if (!full || text.length > FULL_LIMIT) return;
    const findings = await full.request(text, 10_000);
    if (!findings || generation !== this.generation || !composer.isConnected) return;
    const merged = timed('scan', () => withFullFindings(assessment, findings, this.deps.settings()));
    this.show(composer, map, merged);
  }

  private show(composer: HTMLElement, map: TextMap | undefined, assessment: Assessment): void {
    this.last = assessment;
    this.deps.onScanned(assessment, composer);
    if (map) timed('scan', () => this.highlight(map, assessment));
    this.showPill(composer, assessment);
  }

  private highlight(map: TextMap, a: Assessment): void {
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    this.adoptSheet();
    const ranges: Record<keyof typeof HIGHLIGHTS, Range[]> = { redact: [], warn: [], block: [] };
    for (const f of a.flagged) {
      const r = map.range(f.finding.start, f.finding.end);
      if (r) ranges[f.action].push(r);
    }
    for (const [action, name] of Object.entries(HIGHLIGHTS) as [keyof typeof HIGHLIGHTS, string][]) {
      if (ranges[action].length) CSS.highlights.set(name, new Highlight(...ranges[action]));
      else CSS.highlights.delete(name);
    }
  }

  private adoptSheet(): void {
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
    }
    if (!document.adoptedStyleSheets.includes(this.sheet)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
  }

  private showPill(composer: HTMLElement, a: Assessment): void {
    const monitor = this.deps.settings().mode === 'monitor';
    const words = summarise(a, monitor);
    if (!words) {
      this.pill?.host.remove();
      return;
    }
    if (!this.pill) {
      this.pill = createHost('veil-pill', PILL_CSS);
      this.button = el('button', { type: 'button' });
      this.button.addEventListener('click', (event) => {
        event.stopPropagation();
        if (event.isTrusted && this.last) this.deps.openDetails(this.last);
      });
      this.pill.root.append(this.button);
    }
    const button = this.button!;
    button.textContent = words;
    button.dataset.verdict = a.verdict;
    button.dataset.monitor = String(monitor);
    button.setAttribute('aria-label', t('pill_label', words));
    mount(this.pill);
    this.composer = composer;
    this.position();
  }

  private position(): void {
    const composer = this.composer;
    const button = this.button;
    if (!composer || !button || !this.pill?.host.isConnected) return;
    const rect = composer.getBoundingClientRect();
    const width = button.offsetWidth || 160;
    button.style.top = `${Math.max(4, rect.bottom - 30)}px`;
    button.style.left = `${Math.max(4, rect.right - width - 8)}px`;
  }

  /** Hide everything (sent, cleared, or the guard was switched off). */
  clear(): void {
    clearTimeout(this.timer);
    this.generation++;
    this.last = undefined;
    this.pill?.host.remove();
    if (typeof Highlight !== 'undefined' && CSS.highlights) {
      for (const name of Object.values(HIGHLIGHTS)) CSS.highlights.delete(name);
    }
  }
}
