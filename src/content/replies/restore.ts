/**
 * Placeholders restored locally. Where a reply says `[EMAIL_1]`, the user sees the address they
 * typed, marked as restored, with a tooltip; the page never gets it:
 *  - the placeholder's text node moves into a `<veil-restored>` host and stays there (the page's
 *    DOM still reads `[EMAIL_1]`); the host's CLOSED shadow root shows the value, and nothing
 *    slots the placeholder, so only the value is rendered;
 *  - the values come from the background's vault (`vault/lookup`) into this isolated world's
 *    memory, and from there only into those shadow roots;
 *  - copying a selection that holds restored values: Veil's window-capture `copy` listener (the
 *    first listener on the page) writes the clipboard itself, originals in place, and stops the
 *    event there, so page scripts never see that copy. Veil's own notes are left out.
 */
import { insideOurs, inlineHost, isOurElement, node, OUR_TAGS, TAG } from './hosts';
import { PLACEHOLDER_PATTERN } from '../../exfil/urls';
import { t } from '../../platform/i18n';

const CSS = `
  :host { display: inline; }
  .v { background: rgba(37, 99, 235, 0.13); border-bottom: 1px dotted rgba(37, 99, 235, 0.9);
    border-radius: 3px; padding: 0 2px; cursor: help; }
  @media (prefers-color-scheme: dark) { .v { background: rgba(147, 197, 253, 0.18); } }
`;

/** Where placeholders are left as they are: code the page runs, and editors (a reply being edited). */
const SKIP = 'script, style, template, textarea, input, [contenteditable=""], [contenteditable="true"]';

const ID_ATTR = 'data-veil-id';

export interface RestorerDeps {
  quietly<T>(work: () => T): T;
}

export class Restorer {
  private readonly restored = new Map<number, { host: HTMLElement; value: string }>();
  private nextId = 1;

  constructor(private readonly deps: RestorerDeps) {}

  /** How many restored values are on the page now. */
  get count(): number {
    let n = 0;
    for (const { host } of this.restored.values()) if (host.isConnected) n++;
    return n;
  }

  /** Distinct placeholders in the reply's text that are not restored yet. */
  placeholdersIn(reply: HTMLElement): string[] {
    const found = new Set<string>();
    for (const text of this.textNodes(reply)) {
      for (const m of text.data.matchAll(PLACEHOLDER_PATTERN)) found.add(m[0]);
    }
    return [...found];
  }

  /** Shows the values for the placeholders that have one; returns how many were restored. */
  apply(reply: HTMLElement, values: ReadonlyMap<string, string>): number {
    if (values.size === 0) return 0;
    let n = 0;
    this.deps.quietly(() => {
      for (const text of this.textNodes(reply)) {
        const matches = [...text.data.matchAll(PLACEHOLDER_PATTERN)].filter((m) => values.has(m[0]));
        // Right to left, so earlier offsets stay valid while the node is split.
        for (const m of matches.reverse()) {
          const start = m.index;
          const end = start + m[0].length;
          if (end < text.length) text.splitText(end);
          const placeholder = start > 0 ? text.splitText(start) : text;
          const host = this.host(m[0], values.get(m[0])!);
          if (!host) continue;
          placeholder.replaceWith(host);
          host.append(placeholder); // the page's DOM keeps the placeholder, inside the host
          n++;
        }
      }
    });
    return n;
  }

  /** Forget values whose host left the page. */
  sweep(): void {
    for (const [id, { host }] of this.restored) if (!host.isConnected) this.restored.delete(id);
  }

  /** Puts the placeholders back (Veil switched off on this site). */
  clear(): void {
    this.deps.quietly(() => {
      for (const { host } of this.restored.values()) if (host.isConnected) host.replaceWith(...host.childNodes);
    });
    this.restored.clear();
  }

  /** The window-capture `copy` listener. */
  readonly onCopy = (event: ClipboardEvent): void => {
    const data = event.clipboardData;
    const selection = document.getSelection();
    if (!data || !selection || selection.rangeCount === 0 || selection.isCollapsed || this.restored.size === 0) return;
    const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
    let holdsValue = false;
    for (const { host } of this.restored.values()) {
      if (host.isConnected && ranges.some((r) => r.intersectsNode(host))) {
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
    return this.restored.get(Number(el.getAttribute(ID_ATTR)))?.value;
  }

  private host(placeholder: string, value: string): HTMLElement | undefined {
    const made = inlineHost(TAG.restored, 'display: inline;', CSS);
    if (!made) return undefined;
    const id = this.nextId++;
    made.host.setAttribute(ID_ATTR, String(id)); // a number: the page learns nothing from it
    made.root.append(
      node(
        'span',
        {
          class: 'v',
          title: t('restored_title', placeholder),
        },
        value,
      ),
    );
    this.restored.set(id, { host: made.host, value });
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
    if (tag === TAG.restored.toUpperCase()) return valueOf(el) ?? el.textContent ?? '';
    if (OUR_TAGS.has(tag) || NOTHING.has(tag)) return '';
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
  for (const el of [...fragment.querySelectorAll(`${TAG.disclaimer},${TAG.warning}`)]) el.remove();
  for (const el of [...fragment.querySelectorAll(TAG.restored)]) {
    el.replaceWith(document.createTextNode(valueOf(el) ?? el.textContent ?? ''));
  }
  const box = document.createElement('div'); // detached, in this isolated world: no page script can reach it
  box.append(fragment);
  return box.innerHTML;
}
