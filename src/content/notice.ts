/**
 * A small in-page notice. It lives in a closed shadow root so the page's CSS cannot restyle it and
 * the page's scripts cannot read what it says; text goes in through textContent, never as HTML.
 */
let host: HTMLElement | undefined;
let root: ShadowRoot | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

const STYLE = `
  .veil-notice { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 380px;
    font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fff; border-radius: 10px;
    box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 12px 14px; border-left: 4px solid #2563eb; }
  .veil-notice[data-kind="error"] { border-left-color: #dc2626; }
  .veil-notice strong { display: block; margin-bottom: 2px; }
  @media (prefers-color-scheme: dark) { .veil-notice { color: #f5f5f5; background: #1f2937; } }
`;

export type NoticeKind = 'info' | 'error';

export function showNotice(kind: NoticeKind, title: string, detail: string): void {
  if (!host || !host.isConnected) {
    host = document.createElement('veil-notice');
    root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
    document.documentElement.append(host);
  }
  const box = document.createElement('div');
  box.className = 'veil-notice';
  box.dataset.kind = kind;
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const body = document.createElement('span');
  body.textContent = detail;
  box.append(heading, body);
  root!.querySelector('.veil-notice')?.remove();
  root!.append(box);
  clearTimeout(timer);
  timer = setTimeout(() => box.remove(), kind === 'error' ? 12_000 : 5_000);
}
