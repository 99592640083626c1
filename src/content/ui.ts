/**
 * Veil's own elements in the page (notice, review dialog, count pill): each is a built-in `div`
 * attached to <html> (outside any framework-owned subtree) with a CLOSED shadow root, so page CSS
 * cannot restyle it and page scripts cannot read or click into it. Text always goes in through
 * `textContent`, never as HTML.
 *
 * Events that start inside our UI still travel through the page's listeners (retargeted to the
 * host element). Key, input and clipboard events carry what the user types (a "send anyway"
 * reason), so the guard's window-capture listener, which runs before any page listener, hands them
 * to the owning UI and stops them there (see `shieldEvent`).
 */

export interface UiHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Keys aimed at this UI: the shield calls it, since stopped events never reach the shadow tree. */
  onKey?: (event: KeyboardEvent) => void;
  onInput?: () => void;
}

const hosts = new Set<UiHost>();

/**
 * A `div` (a built-in element: a page cannot pre-define or upgrade it, so it never sees the closed
 * root through a constructor or `attachInternals`) named by `data-veil=kind` for tests; known as
 * Veil's by identity only.
 */
export function createHost(kind: string, css: string): UiHost {
  const host = document.createElement('div');
  host.setAttribute('data-veil', kind);
  // `all: initial` keeps inherited page styles (fonts, colours, transforms) off the host.
  host.setAttribute('style', 'all: initial;');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const ui: UiHost = { host, root };
  hosts.add(ui);
  return ui;
}

export function mount(ui: UiHost): void {
  if (!ui.host.isConnected) document.documentElement.append(ui.host);
}

export function ownerOf(target: EventTarget | null): UiHost | undefined {
  for (const ui of hosts) if (ui.host === target) return ui;
  return undefined;
}

export const isOurUi = (target: EventTarget | null): boolean => ownerOf(target) !== undefined;

/** Event types whose content must not reach the page when they come from our UI. */
export const SHIELDED = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'textInput',
  'paste',
  'copy',
  'cut',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/**
 * Called first by the guard's window-capture listeners. Returns true when the event belonged to our
 * UI (it was handled and stopped; default actions such as typing a character still happen).
 */
export function shieldEvent(event: Event): boolean {
  const ui = ownerOf(event.target);
  if (!ui) return false;
  event.stopImmediatePropagation();
  if (event.type === 'keydown') ui.onKey?.(event as KeyboardEvent);
  else if (event.type === 'input') ui.onInput?.();
  return true;
}

/** Builds an element with text content only. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children); // strings become Text nodes: never parsed as HTML
  return node;
}

export const BASE_CSS = `
  :host { all: initial; }
  * { box-sizing: border-box; }
  .veil { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111827; }
  @media (prefers-color-scheme: dark) { .veil { color: #f3f4f6; } }
`;
