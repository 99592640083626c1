/**
 * Veil's elements inside the conversation: the disclaimer and the warning after a reply, and the
 * restored value in place of a placeholder. Each is a custom element with a CLOSED shadow root:
 * the page sees an empty tag (and the placeholder, for restored values), never what Veil shows.
 * Text goes in through textContent only.
 *
 * These are not ui.ts hosts on purpose: there can be thousands of them, they come and go with the
 * site's re-renders, and they take no keyboard input (ui.ts keeps every host it made forever).
 */

export const TAG = {
  disclaimer: 'veil-disclaimer',
  warning: 'veil-warning',
  restored: 'veil-restored',
} as const;

export const OUR_TAGS = new Set<string>(Object.values(TAG).map((t) => t.toUpperCase()));

/** A selector matching any of them (for `closest`). */
export const OUR_SELECTOR = Object.values(TAG).join(',');

export const isOurElement = (node: Node | null | undefined): node is HTMLElement =>
  !!node && node.nodeType === Node.ELEMENT_NODE && OUR_TAGS.has((node as Element).tagName);

/** True for a node inside (or being) one of Veil's elements in the conversation. */
export function insideOurs(node: Node | null): boolean {
  const el = node && (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);
  return !!el?.closest(OUR_SELECTOR);
}

export interface InlineHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/**
 * Creates `<tag style=hostStyle>` with a closed shadow root holding `css`. Returns undefined when
 * the page got there first (a page-defined custom element of that name with its own shadow root):
 * the caller then shows nothing, which is the safe failure.
 */
export function inlineHost(tag: string, hostStyle: string, css: string): InlineHost | undefined {
  const host = document.createElement(tag);
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
