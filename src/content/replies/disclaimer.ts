/**
 * What Veil adds AFTER a reply: the disclaimer (every reply, from settings) and, for a risky
 * reply, the warning (risk.ts writes it). Both are siblings right after the reply container, each
 * in a closed shadow root:
 *  - outside the framework-owned reply subtree, so re-renders of the reply do not remove them and
 *    they never change the reply's own layout;
 *  - `user-select: none` on the host, so selecting and copying the reply never includes them;
 *  - `role="note"`, so screen readers announce them as a note about the reply.
 * Keyed by the reply node: one disclaimer per node, whatever the site re-renders; a disclaimer
 * whose reply is gone is removed at the next sweep.
 */
import { DEFAULTS, type Settings } from '../../policy/schema';
import { t } from '../../platform/i18n';
import { inlineHost, node, safeHttpUrl, TAG, type InlineHost } from './hosts';

const HOST_STYLE = 'all: initial; display: block; user-select: none; -webkit-user-select: none;';

const DISCLAIMER_CSS = `
  :host { all: initial; display: block; }
  .note { display: flex; gap: 6px; align-items: baseline; margin: 6px 0 12px; padding: 3px 8px;
    font: 12px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #4b5563;
    border-left: 3px solid #9ca3af; border-radius: 3px; background: rgba(156, 163, 175, 0.08); }
  .icon { flex: none; font-weight: 600; }
  a { color: #1d4ed8; }
  @media (prefers-color-scheme: dark) { .note { color: #d1d5db; } a { color: #93c5fd; } }
`;

const WARNING_CSS = `
  :host { all: initial; display: block; }
  .warn { margin: 6px 0 12px; padding: 8px 10px; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
    color: #78350f; background: #fffbeb; border: 1px solid #f59e0b; border-left-width: 4px; border-radius: 6px; }
  .warn strong { display: block; margin-bottom: 2px; }
  ul { margin: 4px 0 0; padding-left: 18px; }
  @media (prefers-color-scheme: dark) { .warn { color: #fde68a; background: #3b2f12; } }
`;

interface Decorations {
  disclaimer?: InlineHost;
  warning?: InlineHost;
}

export interface AfterReplyDeps {
  settings(): Settings;
  /** Runs Veil's own DOM changes without waking the reply observer. */
  quietly<T>(work: () => T): T;
}

export class AfterReply {
  private readonly byReply = new Map<HTMLElement, Decorations>();
  private readonly owners = new WeakMap<HTMLElement, HTMLElement>();
  private readonly rendered = new WeakMap<HTMLElement, string>();

  constructor(private readonly deps: AfterReplyDeps) {}

  /** Adds, updates or removes the reply's disclaimer per the settings. */
  disclaim(reply: HTMLElement): void {
    const s = this.deps.settings();
    const deco = this.byReply.get(reply) ?? {};
    this.deps.quietly(() => {
      if (!s.showDisclaimer) {
        deco.disclaimer?.host.remove();
        delete deco.disclaimer;
      } else {
        deco.disclaimer ??= this.make(reply, TAG.disclaimer, DISCLAIMER_CSS);
        if (deco.disclaimer) this.renderDisclaimer(deco.disclaimer, s);
      }
      this.place(reply, deco);
    });
    this.keep(reply, deco);
  }

  /** Shows (lines non-empty) or removes the reply's warning. */
  warn(reply: HTMLElement, title: string, lines: readonly string[]): void {
    const deco = this.byReply.get(reply) ?? {};
    this.deps.quietly(() => {
      if (lines.length === 0) {
        deco.warning?.host.remove();
        delete deco.warning;
      } else {
        deco.warning ??= this.make(reply, TAG.warning, WARNING_CSS);
        const key = [title, ...lines].join('\n');
        if (deco.warning && this.rendered.get(deco.warning.host) !== key) {
          this.rendered.set(deco.warning.host, key);
          const box = node(
            'div',
            { class: 'warn', role: 'note', 'aria-label': t('reply_warning_label') },
            node('strong', {}, title),
            node('ul', {}, ...lines.map((l) => node('li', {}, l))),
          );
          deco.warning.root.querySelector('.warn')?.remove();
          deco.warning.root.append(box);
        }
      }
      this.place(reply, deco);
    });
    this.keep(reply, deco);
  }

  /** Settings changed: every known reply gets the new disclaimer (or loses it). */
  refresh(): void {
    for (const reply of [...this.byReply.keys()]) if (reply.isConnected) this.disclaim(reply);
  }

  /** The reply one of our elements belongs to. */
  ownerOf(host: HTMLElement): HTMLElement | undefined {
    return this.owners.get(host);
  }

  /** Drops what belongs to replies that left the page. */
  sweep(): void {
    for (const [reply, deco] of this.byReply) {
      if (reply.isConnected) continue;
      this.deps.quietly(() => {
        deco.disclaimer?.host.remove();
        deco.warning?.host.remove();
      });
      this.byReply.delete(reply);
    }
  }

  /** Removes everything (Veil switched off on this site). */
  clear(): void {
    this.deps.quietly(() => {
      for (const deco of this.byReply.values()) {
        deco.disclaimer?.host.remove();
        deco.warning?.host.remove();
      }
    });
    this.byReply.clear();
  }

  /** Replies that currently carry a disclaimer (for tests and stats). */
  get disclaimed(): number {
    let n = 0;
    for (const deco of this.byReply.values()) if (deco.disclaimer?.host.isConnected) n++;
    return n;
  }

  private keep(reply: HTMLElement, deco: Decorations): void {
    if (deco.disclaimer || deco.warning) this.byReply.set(reply, deco);
    else this.byReply.delete(reply);
  }

  private make(reply: HTMLElement, tag: string, css: string): InlineHost | undefined {
    const made = inlineHost('div', tag, HOST_STYLE, css);
    if (made) this.owners.set(made.host, reply);
    return made;
  }

  private renderDisclaimer(ui: InlineHost, s: Settings): void {
    const link = s.disclaimerLinkUrl ? safeHttpUrl(s.disclaimerLinkUrl) : undefined;
    const key = `${s.disclaimerText}\n${link ?? ''}`;
    if (this.rendered.get(ui.host) === key) return;
    this.rendered.set(ui.host, key);
    const note = node(
      'div',
      { class: 'note', role: 'note', 'aria-label': t('reply_note_label') },
      node('span', { class: 'icon', 'aria-hidden': 'true' }, 'ⓘ'),
      node(
        'span',
        {},
        // The built-in text in the UI language; an organisation's own text as it wrote it.
        s.disclaimerText === DEFAULTS.disclaimerText ? t('reply_disclaimer_default') : s.disclaimerText,
        ...(link
          ? [' ', node('a', { href: link, target: '_blank', rel: 'noopener noreferrer' }, t('reply_policy_link'))]
          : []),
      ),
    );
    ui.root.querySelector('.note')?.remove();
    ui.root.append(note);
  }

  /** reply → disclaimer → warning, as the reply's next siblings; moved back if the page moved them. */
  private place(reply: HTMLElement, deco: Decorations): void {
    if (!reply.parentNode) return;
    let anchor: Element = reply;
    for (const ui of [deco.disclaimer, deco.warning]) {
      if (!ui) continue;
      if (anchor.nextElementSibling !== ui.host) anchor.after(ui.host);
      anchor = ui.host;
    }
  }
}
