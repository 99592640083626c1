/**
 * The review dialog (action "warn"), also used read-only for the count pill's details.
 *
 * A modal <dialog> in a closed shadow root: the rest of the page is inert while it is open, focus
 * stays inside (Tab and Shift+Tab wrap), Esc cancels (= Edit). It lists each finding with its type,
 * a masked preview and why it was flagged; the actions are Redact and send, Send anyway (only when
 * settings allow it, with a required reason when settings say so) and Edit. Only real user input
 * counts: a click must be trusted, and page scripts cannot reach into the closed shadow root.
 * Keys typed here never reach page listeners (see ui.ts `shieldEvent`).
 */
import { t } from '../platform/i18n';
import { BASE_CSS, createHost, el, mount, type UiHost } from './ui';

export interface ReviewItem {
  /** What it is, in words ("Email address", or a file name). */
  label: string;
  /** Masked preview, e.g. `j***@e***.com`. */
  preview: string;
  /** Why it was flagged, in words. */
  why: string;
}

export interface ReviewOptions {
  title: string;
  intro: string;
  items: readonly ReviewItem[];
  /** Offer "Send anyway". */
  allowAnyway: boolean;
  requireReason: boolean;
  /** Button labels (paste and files say "paste"/"attach" instead of "send"). */
  labels?: Partial<{ redact: string; anyway: string; edit: string }>;
  /** Read-only (the pill's details): a single Close button. */
  readOnly?: boolean;
}

export type ReviewChoice = { kind: 'redact' } | { kind: 'anyway'; reason?: string } | { kind: 'edit' };

/** Shortest reason accepted when one is required. */
export const MIN_REASON = 3;

const STYLE = `${BASE_CSS}
  dialog { border: none; border-radius: 12px; padding: 0; max-width: min(560px, calc(100vw - 32px));
    width: 560px; background: #fff; box-shadow: 0 12px 40px rgba(0,0,0,.3); }
  dialog::backdrop { background: rgba(17,24,39,.45); }
  .body { padding: 18px 20px 16px; }
  h2 { font-size: 17px; margin: 0 0 6px; }
  p { margin: 0 0 12px; }
  ul { list-style: none; margin: 0 0 12px; padding: 0; max-height: 40vh; overflow: auto; }
  li { padding: 8px 10px; border: 1px solid #e5e7eb; border-radius: 8px; margin-bottom: 6px; }
  .type { font-weight: 600; }
  .preview { font-family: ui-monospace, monospace; margin-left: 6px; }
  .why { display: block; color: #4b5563; font-size: 13px; }
  label { display: block; font-weight: 600; margin: 4px 0; }
  textarea { width: 100%; min-height: 56px; font: inherit; padding: 6px 8px; border: 1px solid #9ca3af;
    border-radius: 6px; background: inherit; color: inherit; }
  .hint { font-size: 12px; color: #4b5563; margin: 2px 0 10px; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
  button { font: inherit; padding: 7px 14px; border-radius: 8px; border: 1px solid #9ca3af;
    background: #f9fafb; color: inherit; cursor: pointer; }
  button.primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
  button:disabled { opacity: .5; cursor: not-allowed; }
  button:focus-visible, textarea:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    dialog { background: #111827; } li { border-color: #374151; } .why, .hint { color: #9ca3af; }
    button { background: #1f2937; border-color: #4b5563; }
  }
`;

let ui: UiHost | undefined;
let open: { finish: (choice: ReviewChoice) => void } | undefined;

/** The label of what has focus inside the open dialog ('' when closed); for tests in the isolated world. */
export function reviewFocus(): string {
  if (!open || !ui) return '';
  const active = ui.root.activeElement as HTMLElement | null;
  if (!active) return document.activeElement === ui.host ? '(dialog)' : '(outside)';
  return active.tagName === 'TEXTAREA' ? 'reason' : (active.textContent ?? '');
}

/** Shows the dialog and resolves with the user's choice. A dialog already open is cancelled first. */
export function openReview(opts: ReviewOptions): Promise<ReviewChoice> {
  open?.finish({ kind: 'edit' });
  ui ??= createHost('veil-review', STYLE);
  mount(ui);
  const host = ui;
  const previousFocus = document.activeElement as HTMLElement | null;

  const items = el(
    'ul',
    { 'aria-label': t('review_found_label') },
    ...opts.items.map((item) =>
      el(
        'li',
        {},
        el('span', { class: 'type' }, item.label),
        el('span', { class: 'preview' }, item.preview),
        el('span', { class: 'why' }, item.why),
      ),
    ),
  );
  const labels = { redact: t('review_redact'), anyway: t('review_anyway'), edit: t('review_edit'), ...opts.labels };
  const redactBtn = el('button', { type: 'button', class: 'primary', 'data-act': 'redact' }, labels.redact);
  const anywayBtn = el('button', { type: 'button', 'data-act': 'anyway' }, labels.anyway);
  const editBtn = el('button', { type: 'button', 'data-act': 'edit' }, opts.readOnly ? t('review_close') : labels.edit);
  const reason = el('textarea', { id: 'veil-reason', 'aria-describedby': 'veil-reason-hint', maxlength: '1000' });
  const showReason = !opts.readOnly && opts.allowAnyway && opts.requireReason;
  const reasonBox = showReason
    ? el(
        'div',
        {},
        el('label', { for: 'veil-reason' }, t('review_reason_label')),
        reason,
        el('p', { class: 'hint', id: 'veil-reason-hint' }, t('review_reason_hint', labels.anyway)),
      )
    : el('div', {});
  const buttons = opts.readOnly ? [editBtn] : [redactBtn, ...(opts.allowAnyway ? [anywayBtn] : []), editBtn];
  const dialog = el(
    'dialog',
    { class: 'veil', 'aria-labelledby': 'veil-review-title', 'aria-describedby': 'veil-review-intro' },
    el(
      'div',
      { class: 'body' },
      el('h2', { id: 'veil-review-title' }, opts.title),
      el('p', { id: 'veil-review-intro' }, opts.intro),
      items,
      reasonBox,
      el('div', { class: 'actions' }, ...buttons),
    ),
  );

  const reasonOk = (): boolean => !showReason || reason.value.trim().length >= MIN_REASON;
  const syncAnyway = (): void => {
    anywayBtn.disabled = !reasonOk();
  };
  syncAnyway();

  host.root.querySelector('dialog')?.remove();
  host.root.append(dialog);

  return new Promise<ReviewChoice>((resolve) => {
    const finish = (choice: ReviewChoice): void => {
      if (open?.finish !== finish) return;
      open = undefined;
      host.onKey = undefined;
      host.onInput = undefined;
      document.removeEventListener('focusin', keepFocus, true);
      removal.disconnect();
      if (dialog.open) dialog.close();
      dialog.remove();
      host.host.remove();
      previousFocus?.focus?.();
      resolve(choice);
    };
    open = { finish };
    // A page that removes the dialog must not leave the send pending forever (the guard busy,
    // every later send stopped): its removal counts as Edit.
    const removal = new MutationObserver(() => {
      if (!host.host.isConnected) finish({ kind: 'edit' });
    });
    removal.observe(document, { childList: true, subtree: true });

    const focusables = (): HTMLElement[] =>
      [...(showReason ? [reason] : []), ...buttons].filter((b) => !(b as HTMLButtonElement).disabled);

    host.onKey = (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        finish({ kind: 'edit' });
      } else if (event.key === 'Tab') {
        event.preventDefault();
        const list = focusables();
        if (list.length === 0) return;
        const at = list.indexOf(host.root.activeElement as HTMLElement);
        const next = event.shiftKey ? (at <= 0 ? list.length - 1 : at - 1) : (at + 1) % list.length;
        list[next]!.focus();
      }
    };
    host.onInput = syncAnyway;

    // Anything that takes focus out of the dialog while it is open gets it back.
    const keepFocus = (event: FocusEvent): void => {
      if (event.target !== host.host) (focusables()[0] ?? editBtn).focus();
    };
    document.addEventListener('focusin', keepFocus, true);

    const act = (event: Event): void => {
      if (!event.isTrusted) return;
      const which = (event.currentTarget as HTMLElement).dataset.act;
      if (opts.readOnly || which === 'edit') finish({ kind: 'edit' });
      else if (which === 'redact') finish({ kind: 'redact' });
      else if (which === 'anyway' && reasonOk()) {
        finish({ kind: 'anyway', ...(showReason ? { reason: reason.value.trim() } : {}) });
      }
    };
    for (const b of buttons) b.addEventListener('click', act);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish({ kind: 'edit' });
    });
    // Clicks inside stay inside: page "click outside" handlers must not react to them.
    dialog.addEventListener('click', (event) => event.stopPropagation());

    dialog.showModal();
    (opts.readOnly ? editBtn : redactBtn).focus();
  });
}

/** Closes an open dialog as if the user chose Edit (navigation, guard stopped). */
export function cancelReview(): void {
  open?.finish({ kind: 'edit' });
}
