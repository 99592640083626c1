/**
 * The AI-use notice: on the first visit to each AI site, and again whenever `policyVersion`
 * changes, a card says what the tool is, what not to share, and links the organisation's terms.
 *
 * With `requireAcknowledgement`, nothing can be sent from this page until the user acknowledges:
 * Veil's window-capture listeners (registered at document_start, before the guard's and before
 * any page script) stop Enter in the composer, clicks and presses on send buttons, form submits,
 * file attachments and drops, and point the user to the card. The acknowledgement is recorded in
 * the audit trail by the background (`notice/acknowledged`), which then stores it per site and
 * policy version; every open tab of the site hears of it through `storage.onChanged`.
 *
 * Other modules ask `sendAllowed()` (the guard can consult it before replaying a send).
 *
 * Not covered here: a send the PAGE's own code makes without user input (voice, regenerate); the
 * tripwire (src/page) is the place to hold those while unacknowledged.
 */
import type { NoticeState } from '../../messages';
import { browser } from '../../platform/browser';
import type { Settings } from '../../policy/schema';
import { editableRoot } from '../composer';
import { closestMatch, firstMatch } from '../dom';
import { isSendKey } from '../dom';
import { reportDecision } from '../report';
import { callBackground, isStale } from '../runtime';
import { BASE_CSS, createHost, el, isOurUi, mount, type UiHost } from '../ui';
import { safeHttpUrl } from './hosts';
import { t } from '../../platform/i18n';

const STYLE = `${BASE_CSS}
  .card { position: fixed; z-index: 2147483647; top: 16px; right: 16px; width: min(420px, calc(100vw - 32px));
    max-height: calc(100vh - 32px); overflow: auto; background: #fff; border-radius: 12px;
    box-shadow: 0 10px 32px rgba(0,0,0,.22); padding: 14px 16px; border-top: 4px solid #2563eb; }
  .card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
  .card[data-required] { border-top-color: #d97706; }
  h2 { font-size: 15px; margin: 0 0 6px; }
  p { margin: 0 0 8px; }
  .req { font-weight: 600; }
  .msg:empty { display: none; }
  .msg { color: #b91c1c; font-weight: 600; }
  .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 4px; }
  button { font: inherit; padding: 6px 14px; border-radius: 8px; border: 1px solid #2563eb; background: #2563eb;
    color: #fff; cursor: pointer; }
  button:disabled { opacity: .6; cursor: default; }
  a { color: #1d4ed8; }
  @media (prefers-color-scheme: dark) { .card { background: #1f2937; } a { color: #93c5fd; } .msg { color: #fca5a5; } }
`;

export interface NoticeDeps {
  siteName: string;
  settings(): Settings;
  /** The background's settings have arrived (until then they are the defaults). */
  loaded(): boolean;
  /** Veil is on for this site. */
  active(): boolean;
  composerSelectors(): readonly string[];
  sendSelectors(): readonly string[];
}

const LOOKS_LIKE_SEND = /\b(send|submit)\b/i;

function sendButtonOf(target: EventTarget | null, selectors: readonly string[]): HTMLElement | null {
  const known = closestMatch(target, selectors);
  if (known) return known;
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('button, [role="button"], input[type="submit"]');
  if (!button) return null;
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''} ${button.getAttribute('data-testid') ?? ''} ${button.textContent ?? ''}`;
  return (button as HTMLButtonElement).type === 'submit' || LOOKS_LIKE_SEND.test(label) ? button : null;
}

const notices: AiNotice[] = [];

/** False while this page may not send (acknowledgement required and not given). */
export function sendAllowed(): boolean {
  return !notices.some((n) => n.gated());
}

export class AiNotice {
  private state: NoticeState | undefined;
  private failed = false;
  private ui: UiHost | undefined;
  private shown = false;
  private dismissed = false;
  private loading: Promise<void> | undefined;
  private lastReport = 0;

  constructor(private readonly deps: NoticeDeps) {
    notices.push(this);
  }

  /** Registers the send gate (call synchronously at document_start) and loads the state. */
  start(): void {
    const opts = { capture: true };
    window.addEventListener('keydown', this.onKeyDown, opts);
    window.addEventListener('click', this.onPress, opts);
    window.addEventListener('pointerdown', this.onPress, opts);
    window.addEventListener('mousedown', this.onPress, opts);
    window.addEventListener('submit', this.onSubmit, opts);
    // A file input fires `input` before `change`, and the guard's file scan takes the files at
    // `input`: the gate must hold them there first.
    window.addEventListener('input', this.onChange, opts);
    window.addEventListener('change', this.onChange, opts);
    window.addEventListener('drop', this.onDrop, opts);
    try {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && 'notice' in changes && !isStale()) void this.load();
      });
    } catch {
      // no storage events here: the state stays as loaded
    }
    void this.load();
  }

  /** Settings changed (or arrived): re-check what to show. */
  update(): void {
    const s = this.deps.settings();
    if (this.state && this.state.policyVersion !== s.policyVersion) {
      void this.load();
      return;
    }
    this.render();
  }

  /** Sends are held: acknowledgement required, and not given for the policy version in force. */
  gated(): boolean {
    if (!this.deps.loaded() || !this.deps.active()) return false;
    const s = this.deps.settings();
    if (!s.requireAcknowledgement) return false;
    return !(this.state && this.state.policyVersion === s.policyVersion && this.state.acknowledged);
  }

  /** For tests and the popup: what this page knows. */
  snapshot(): { state: NoticeState | undefined; shown: boolean; gated: boolean } {
    return { state: this.state, shown: this.shown, gated: this.gated() };
  }

  private load(): Promise<void> {
    this.loading ??= (async () => {
      try {
        this.state = await callBackground('notice/state', null);
        this.failed = false;
      } catch {
        this.failed = true;
      } finally {
        this.loading = undefined;
      }
      this.render();
    })();
    return this.loading;
  }

  private render(): void {
    const s = this.deps.settings();
    if (!this.deps.loaded() || !this.deps.active()) return this.hide();
    const required = s.requireAcknowledgement;
    const state = this.state;
    const fresh = state?.policyVersion === s.policyVersion ? state : undefined;
    const show = required
      ? !fresh?.acknowledged && (fresh !== undefined || this.failed)
      : fresh !== undefined && !fresh.seen && !this.dismissed;
    if (!show) {
      // A card shown for "first visit" stays until dismissed; a required one goes once acknowledged.
      if (required || !this.shown || this.dismissed) this.hide();
      return;
    }
    this.show(required);
    if (!required && fresh && !fresh.seen) {
      void callBackground('notice/seen', null)
        .then((next) => (this.state = next))
        .catch(() => undefined);
    }
  }

  private show(required: boolean, message = ''): void {
    const whenReady = (): void => this.draw(required, message);
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', whenReady, { once: true });
      return;
    }
    whenReady();
  }

  private draw(required: boolean, message: string): void {
    const s = this.deps.settings();
    const site = this.deps.siteName;
    this.ui ??= createHost('veil-ai-notice', STYLE);
    const ui = this.ui;
    mount(ui);
    const terms = s.termsUrl ? safeHttpUrl(s.termsUrl) : undefined;
    const button = el('button', { type: 'button' }, t(required ? 'ai_notice_understand' : 'ai_notice_ok'));
    const msg = el(
      'p',
      { class: 'msg', role: 'alert' },
      this.failed && required ? t('ai_notice_check_failed') : message,
    );
    const card = el(
      'div',
      {
        class: 'veil card',
        role: 'dialog',
        'aria-modal': 'false',
        'aria-labelledby': 'veil-ai-notice-title',
        tabindex: '-1',
        ...(required ? { 'data-required': '' } : {}),
      },
      el('h2', { id: 'veil-ai-notice-title' }, t('ai_notice_title', site)),
      el('p', {}, t('ai_notice_sent', site)),
      el('p', {}, t('ai_notice_share')),
      ...(terms
        ? [el('p', {}, el('a', { href: terms, target: '_blank', rel: 'noopener noreferrer' }, t('ai_notice_terms')))]
        : []),
      ...(required ? [el('p', { class: 'req' }, t('ai_notice_required', site))] : []),
      msg,
      el('div', { class: 'actions' }, button),
    );
    // Only the user's own click acknowledges: a page script's click() is not consent.
    button.addEventListener('click', (event) => {
      if (event.isTrusted) void this.acknowledge(required, button, msg);
    });
    ui.onKey = (event) => {
      if (event.key === 'Escape' && !required) this.dismiss();
    };
    ui.root.querySelector('.card')?.remove();
    ui.root.append(card);
    const first = !this.shown;
    this.shown = true;
    // Keyboard and screen-reader users land on it when it holds their send, or first appears as a requirement.
    if (message || (required && first)) card.focus();
  }

  private async acknowledge(required: boolean, button: HTMLButtonElement, msg: HTMLElement): Promise<void> {
    if (!required) {
      this.dismiss();
      void callBackground('notice/acknowledged', null).catch(() => undefined);
      return;
    }
    button.disabled = true;
    msg.textContent = '';
    try {
      this.state = await callBackground('notice/acknowledged', null, 8000);
      this.failed = false;
      this.render();
    } catch {
      button.disabled = false;
      msg.textContent = t('ai_notice_record_failed');
    }
  }

  private dismiss(): void {
    this.dismissed = true;
    this.hide();
  }

  private hide(): void {
    this.ui?.root.querySelector('.card')?.remove();
    this.ui?.host.remove();
    this.shown = false;
  }

  /** A send was stopped: say why, where the user is looking. */
  private held(event: Event): void {
    event.preventDefault();
    event.stopImmediatePropagation();
    this.show(true, t('ai_notice_held'));
    const now = Date.now();
    if (now - this.lastReport > 10_000) {
      this.lastReport = now;
      reportDecision({ action: 'blocked', trigger: 'submit', detail: 'ai-notice-not-acknowledged' });
    }
  }

  private composerOf(target: EventTarget | null): HTMLElement | null {
    return closestMatch(target, this.deps.composerSelectors()) ?? editableRoot(target);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || !isSendKey(event) || isOurUi(event.target) || !this.composerOf(event.target)) return;
    if (this.gated()) this.held(event);
  };

  private readonly onPress = (event: Event): void => {
    if (isOurUi(event.target) || !sendButtonOf(event.target, this.deps.sendSelectors())) return;
    if (this.gated()) this.held(event);
  };

  private readonly onSubmit = (event: Event): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !this.gated()) return;
    if (firstMatch(this.deps.composerSelectors(), form) || form.querySelector('textarea, [contenteditable="true"]')) {
      this.held(event);
    }
  };

  private readonly onChange = (event: Event): void => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !this.gated()) return;
    event.stopImmediatePropagation(); // neither the page nor the file scan reads the files
    input.value = '';
    this.held(event);
  };

  private readonly onDrop = (event: DragEvent): void => {
    if (!this.gated() || isOurUi(event.target)) return;
    if (event.dataTransfer?.files.length || this.composerOf(event.target)) this.held(event);
  };
}
