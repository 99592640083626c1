/**
 * Placeholders restored locally, for the user only. Where a reply says `[EMAIL_1]`, the placeholder
 * is marked and the user gets the address they typed on hover (a tooltip) and in what they copy;
 * the page learns nothing, not even which placeholders Veil knows:
 *  - EVERY placeholder in a reply, known or not, moves into a marker: a `<span data-veil>` host
 *    whose CLOSED shadow root slots the placeholder back in, so the page's DOM, `innerText` and
 *    layout (width, line breaks) are the same whether or not a value exists, and stay the same
 *    once it arrives. Only inside the closed root does a known one get its highlight (background
 *    and underline: no layout change) and its tooltip, which the browser draws outside the page;
 *  - the values come from the background's vault (`vault/lookup`) into this isolated world's
 *    memory, and from there only into those shadow roots and the user's own copies;
 *  - copying a selection that holds restored values: Veil's window-capture `copy` listener (the
 *    first listener on the page) writes the clipboard itself, originals in place, and stops the
 *    event there, so page scripts never see that copy. Only a trusted copy the user asked for
 *    (Ctrl/Cmd+C, the context menu) is served: a page's synthetic `copy` event (whose DataTransfer
 *    the page reads back) or its own `execCommand('copy')` gets the browser's copy, placeholders
 *    in place. Veil's own notes are left out.
 * Showing values in place would let the page measure them (the marker's width, `innerText` losing
 * the placeholder); the tooltip is the price of that.
 */
import { placeholderRegex } from '../../detect';
import { insideOurs, inlineHost, isOurElement, kindOf, kindSelector, node, TAG } from './hosts';
import { t } from '../../platform/i18n';

/** Placeholders in a text node (matchAll copies the regex, so one global instance serves every call). */
const PLACEHOLDERS = placeholderRegex('g');

const CSS = `
  :host { display: inline; }
  .v { background: rgba(37, 99, 235, 0.13); text-decoration: underline dotted rgba(37, 99, 235, 0.9);
    border-radius: 3px; cursor: help; }
  @media (prefers-color-scheme: dark) { .v { background: rgba(147, 197, 253, 0.18); } }
`;

/** Where placeholders are left as they are: code the page runs, and editors (a reply being edited). */
const SKIP = 'script, style, template, textarea, input, [contenteditable=""], [contenteditable="true"]';

const ID_ATTR = 'data-veil-id';

export interface RestorerDeps {
  quietly<T>(work: () => T): T;
}

interface Marker {
  host: HTMLElement;
  placeholder: string;
  /** The shadow-root span around the slot: gets the highlight and the tooltip once a value is known. */
  label: HTMLElement;
  value?: string;
}

export class Restorer {
  /** Every marker by its id (a counter: the page learns nothing from it). */
  private readonly markers = new Map<number, Marker>();
  private nextId = 1;

  constructor(private readonly deps: RestorerDeps) {}

  /** How many restored values are on the page now. */
  get count(): number {
    let n = 0;
    for (const m of this.markers.values()) if (m.value !== undefined && m.host.isConnected) n++;
    return n;
  }

  /** Distinct placeholders in the reply that have no value yet (marked or not). */
  placeholdersIn(reply: HTMLElement): string[] {
    const found = new Set<string>();
    for (const text of this.textNodes(reply)) {
      for (const m of text.data.matchAll(PLACEHOLDERS)) found.add(m[0]);
    }
    for (const m of this.markersIn(reply)) if (m.value === undefined) found.add(m.placeholder);
    return [...found];
  }

  /**
   * Marks every placeholder in the reply (known or not: the page must not tell them apart), then
   * gives the known ones their value; returns how many were restored now.
   */
  apply(reply: HTMLElement, values: ReadonlyMap<string, string>): number {
    this.deps.quietly(() => {
      for (const text of this.textNodes(reply)) {
        // Right to left, so earlier offsets stay valid while the node is split.
        for (const m of [...text.data.matchAll(PLACEHOLDERS)].reverse()) {
          const start = m.index;
          const end = start + m[0].length;
          if (end < text.length) text.splitText(end);
          const placeholder = start > 0 ? text.splitText(start) : text;
          const host = this.marker(m[0]);
          if (!host) continue;
          placeholder.replaceWith(host);
          host.append(placeholder); // the page's DOM keeps the placeholder, inside the host
        }
      }
    });
    let n = 0;
    for (const m of this.markersIn(reply)) {
      const value = values.get(m.placeholder);
      if (m.value !== undefined || value === undefined) continue;
      m.value = value;
      m.label.className = 'v';
      m.label.title = t('restored_title', m.placeholder, value);
      n++;
    }
    return n;
  }

  /** Forget markers that left the page. */
  sweep(): void {
    for (const [id, { host }] of this.markers) if (!host.isConnected) this.markers.delete(id);
  }

  /** Puts the placeholders back (Veil switched off on this site). */
  clear(): void {
    this.deps.quietly(() => {
      for (const { host } of this.markers.values()) if (host.isConnected) host.replaceWith(...host.childNodes);
    });
    this.markers.clear();
  }

  /** When the user last asked to copy (Ctrl/Cmd+C, Ctrl+Insert, or the context menu). */
  private copyAskedAt = -Infinity;

  /** Window-capture `keydown` and `contextmenu` listener: only the user's own actions count. */
  readonly onCopyIntent = (event: Event): void => {
    if (!event.isTrusted) return;
    if (event.type === 'contextmenu' || isCopyKey(event as KeyboardEvent)) this.copyAskedAt = performance.now();
  };

  /**
   * The window-capture `copy` listener. Values go only into the clipboard of a copy the user made:
   * a page's synthetic `copy` event (whose DataTransfer the page reads back) is ignored, and so is
   * a trusted one the page caused with `execCommand('copy')` without the user asking to copy.
   */
  readonly onCopy = (event: ClipboardEvent): void => {
    if (!event.isTrusted || performance.now() - this.copyAskedAt > COPY_INTENT_MS) return;
    const data = event.clipboardData;
    const selection = document.getSelection();
    if (!data || !selection || selection.rangeCount === 0 || selection.isCollapsed || this.markers.size === 0) return;
    const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
    let holdsValue = false;
    for (const { host, value } of this.markers.values()) {
      if (value !== undefined && host.isConnected && ranges.some((r) => r.intersectsNode(host))) {
        holdsValue = true;
        break;
      }
    }
    if (!holdsValue) return; // the browser's own copy (it already leaves Veil's notes out)
    const fragments = ranges.map((r) => r.cloneContents());
    const text = fragments
      .map((f) => plainText(f, (el) => this.valueOf(el)))
      .join('\n')
      .trim();
    const html = fragments.map((f) => htmlOf(f, (el) => this.valueOf(el))).join('');
    data.setData('text/plain', text);
    data.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  private valueOf(el: Element): string | undefined {
    return this.markers.get(Number(el.getAttribute(ID_ATTR)))?.value;
  }

  private *markersIn(reply: HTMLElement): Iterable<Marker> {
    for (const m of this.markers.values()) if (m.host.isConnected && reply.contains(m.host)) yield m;
  }

  private marker(placeholder: string): HTMLElement | undefined {
    const made = inlineHost('span', TAG.restored, 'display: inline;', CSS);
    if (!made) return undefined;
    const id = this.nextId++;
    made.host.setAttribute(ID_ATTR, String(id)); // a number: the page learns nothing from it
    const label = node('span', {}, document.createElement('slot'));
    made.root.append(label);
    this.markers.set(id, { host: made.host, placeholder, label });
    return made.host;
  }

  private textNodes(root: HTMLElement): Text[] {
    const out: Text[] = [];
    // Most replies hold no bracket at all: one native string scan instead of a walk.
    if (!root.textContent?.includes('[') || insideOurs(root)) return out;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => {
        if (n.nodeType === Node.ELEMENT_NODE) {
          const el = n as Element;
          return isOurElement(el) || el.matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
        }
        return (n as Text).data.includes('[') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  }
}

/** A context menu may stay open a while before the user picks Copy. */
const COPY_INTENT_MS = 60_000;

const isCopyKey = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyC' || e.key.toLowerCase() === 'c' || e.key === 'Insert');

// ---------------------------------------------------------------------------------------------
// Clipboard text of a copied fragment, values in place

const PARAGRAPH = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'TABLE',
  'HR',
  'FIGURE',
]);
const LINE = new Set(['DIV', 'LI', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DT', 'DD', 'MAIN', 'ASIDE', 'NAV']);
const NOTHING = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SVG']);

/** Plain text of a copied fragment, laid out like the browser's own copy (blank line between paragraphs). */
export function plainText(fragment: DocumentFragment, valueOf: (el: Element) => string | undefined): string {
  const verbatim: string[] = [];
  const walk = (n: Node, pre: boolean): string => {
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      return pre ? data : data.replace(/\s+/g, ' ');
    }
    if (n.nodeType !== Node.ELEMENT_NODE && n.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    const el = n as Element;
    const tag = n.nodeType === Node.ELEMENT_NODE ? el.tagName.toUpperCase() : '#fragment';
    const kind = n.nodeType === Node.ELEMENT_NODE ? kindOf(el) : null;
    if (kind === TAG.restored) return valueOf(el) ?? el.textContent ?? '';
    if (kind !== null || NOTHING.has(tag)) return '';
    if (tag === 'BR') return '\n';
    const inner = [...n.childNodes].map((c) => walk(c, pre || tag === 'PRE')).join('');
    if (tag === 'PRE') {
      verbatim.push(inner.replace(/\n$/, ''));
      return `\n\n\uE000${verbatim.length - 1}\uE001\n\n`;
    }
    if (tag === 'TD' || tag === 'TH') return `${inner}\t`;
    if (PARAGRAPH.has(tag)) return `\n\n${inner}\n\n`;
    if (LINE.has(tag)) return `\n${inner}\n`;
    return inner;
  };
  return walk(fragment, false)
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => verbatim[Number(i)] ?? '');
}

/** HTML of a copied fragment: restored values as text, Veil's notes left out. Never parsed back in. */
export function htmlOf(fragment: DocumentFragment, valueOf: (el: Element) => string | undefined): string {
  for (const el of [...fragment.querySelectorAll(kindSelector(TAG.disclaimer, TAG.warning))]) el.remove();
  for (const el of [...fragment.querySelectorAll(kindSelector(TAG.restored))]) {
    el.replaceWith(document.createTextNode(valueOf(el) ?? el.textContent ?? ''));
  }
  const box = document.createElement('div'); // detached, in this isolated world: no page script can reach it
  box.append(fragment);
  return box.innerHTML;
}
