/**
 * Veil's elements inside the conversation: the disclaimer and the warning after a reply, and the
 * marker around a placeholder. Each is a plain built-in element (`div`, `span`) with a CLOSED shadow
 * root attached before it is inserted: a page can neither pre-define nor upgrade a built-in element
 * (so no page constructor, no `attachInternals`, no `internals.shadowRoot`), and the page sees an
 * empty element (and the placeholder, for markers), never what Veil shows. Text goes in through
 * textContent only.
 *
 * Which element is Veil's is known by identity (a WeakSet of the hosts made here), never by a name
 * or attribute a page could copy. The `data-veil` attribute only names the kind, for copies of a
 * selection (clones are not in the set) and for tests.
 *
 * These are not ui.ts hosts on purpose: there can be thousands of them, they come and go with the
 * site's re-renders, and they take no keyboard input (ui.ts keeps every host it made forever).
 */

export const TAG = {
  disclaimer: 'veil-disclaimer',
  warning: 'veil-warning',
  restored: 'veil-restored',
} as const;

/** The attribute naming a host's kind (one of TAG's values). */
export const KIND_ATTR = 'data-veil';

const ours = new WeakSet<Node>();

/** The kind of a (possibly cloned) element, from its attribute: for copies only, never for trust. */
export const kindOf = (el: Element): string | null => el.getAttribute(KIND_ATTR);

/** A selector matching clones of the given kinds (inside a copied fragment). */
export const kindSelector = (...kinds: string[]): string => kinds.map((k) => `[${KIND_ATTR}="${k}"]`).join(',');

export const isOurElement = (node: Node | null | undefined): node is HTMLElement => !!node && ours.has(node);

/** True for a node inside (or being) one of Veil's elements in the conversation. */
export function insideOurs(node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode) if (ours.has(n)) return true;
  return false;
}

export interface InlineHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Creates `<element data-veil=kind style=hostStyle>` with a closed shadow root holding `css`.
 * Returns undefined if the shadow root cannot be attached (it always can on a fresh built-in
 * element): the caller then shows nothing, which is the safe failure.
 */
export function inlineHost(
  element: 'div' | 'span',
  kind: string,
  hostStyle: string,
  css: string,
): InlineHost | undefined {
  const host = document.createElement(element);
  host.setAttribute(KIND_ATTR, kind);
  host.setAttribute('style', hostStyle);
  let root: ShadowRoot;
  try {
    root = host.attachShadow({ mode: 'closed' });
  } catch {
    return undefined;
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  ours.add(host);
  return { host, root };
}

/** Builds an element with text children only (strings become Text nodes, never HTML). */
export function node<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

/** Only http(s) links from settings become clickable. */
export const safeHttpUrl = (raw: string): string | undefined => {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};
