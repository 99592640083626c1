/**
 * A small in-page notice. It lives in a closed shadow root so the page's CSS cannot restyle it and
 * the page's scripts cannot read what it says; text goes in through textContent, never as HTML.
 */
import { BASE_CSS, createHost, el, mount, type UiHost } from './ui';

let ui: UiHost | undefined;

const STYLE = `${BASE_CSS}
  .veil-notices { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; display: flex;
    flex-direction: column; gap: 8px; }
  .veil-notice { max-width: 380px;
    background: #fff; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px;
    border-left: 4px solid #2563eb; }
  .veil-notice[data-kind="error"] { border-left-color: #dc2626; }
  .veil-notice[data-kind="warning"] { border-left-color: #d97706; }
  .veil-notice strong { display: block; margin-bottom: 2px; }
  @media (prefers-color-scheme: dark) { .veil-notice { background: #1f2937; } }
`;

export type NoticeKind = 'info' | 'warning' | 'error';

/** Shows a notice; the function returned takes it down early (when what it says stops being true). */
export function showNotice(kind: NoticeKind, title: string, detail: string): () => void {
  ui ??= createHost('veil-notice', STYLE);
  mount(ui);
  const box = el(
    'div',
    { class: 'veil veil-notice', 'data-kind': kind, role: kind === 'info' ? 'status' : 'alert' },
    el('strong', {}, title),
    el('span', {}, detail),
  );
  // One notice per kind: a warning (hidden text in a paste) stays beside the info that follows it.
  let stack = ui.root.querySelector('.veil-notices');
  if (!stack) {
    stack = el('div', { class: 'veil-notices' });
    ui.root.append(stack);
  }
  stack.querySelector(`.veil-notice[data-kind="${kind}"]`)?.remove();
  stack.append(box);
  setTimeout(() => box.remove(), kind === 'info' ? 6_000 : 12_000);
  return () => box.remove();
}
