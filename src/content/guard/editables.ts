/**
 * Which editable a send or a paste belongs to. The composer is one of several boxes that can send:
 * editing an earlier prompt opens a second editor while the composer stays, and sites add boxes
 * the adapter does not know yet. On a supported site each of them is guarded like the composer:
 *   1. the composer (adapter and policy selectors);
 *   2. an edit box the adapter lists (`selectors.editBox`), sent by its `saveButton`;
 *   3. the generic rule: the editable the user typed in (a textarea or contenteditable root), sent
 *      by Enter in it, by a form submit around it, or by a send-like control next to it.
 * While the composer itself cannot be found (the site changed), rule 3 is left to the degraded
 * path in decide.ts (`unrecognised`), which applies failMode instead of rewriting.
 */
import { editableRoot } from '../composer';
import { closestMatch, firstMatch } from '../dom';
import { isOurUi } from '../ui';
import type { GuardContext } from './guard-context';

/** How far up from an edit box its own controls sit (Claude, ChatGPT, Perplexity: 2-4 levels, 2026). */
const CONTAINER_DEPTH = 6;

/**
 * Words on a control that sends an edited prompt, in the sites' main UI languages; a cancel word
 * wins. Checked against the labels of the sites in docs/sites.md on 2026-12-07.
 */
const SENDS =
  /\b(send|submit|save|update|confirm|done|ok|envoyer|enregistrer|mettre à jour|senden|speichern|aktualisieren|enviar|guardar|actualizar|salvar|invia|salva|aggiorna)\b|送信|保存|更新|发送|提交|确定|전송|저장/i;
const CANCELS = /\b(cancel|annuler|abbrechen|cancelar|annulla)\b|キャンセル|取消|취소/i;

function labelOf(control: HTMLElement): string {
  const attr = (name: string): string => control.getAttribute(name) ?? '';
  return `${attr('aria-label')} ${attr('title')} ${attr('data-testid')} ${control.textContent ?? ''}`;
}

/** A button-like control that reads as "send" and not as "cancel". */
export function looksLikeSend(control: HTMLElement): boolean {
  const label = labelOf(control);
  if (CANCELS.test(label)) return false;
  return (control as HTMLButtonElement).type === 'submit' || SENDS.test(label);
}

const controlAt = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('button, [role="button"], input[type="submit"]') : null;

/** The lowest ancestor of `editable` (up to CONTAINER_DEPTH) that also holds `control`. */
function sharedContainer(editable: HTMLElement, control: HTMLElement): HTMLElement | null {
  let node = editable.parentElement;
  for (let depth = 0; node && depth < CONTAINER_DEPTH; depth++, node = node.parentElement) {
    if (node.contains(control)) return node;
  }
  return null;
}

/** The first of `selectors` found in the ancestors of `from`, nearest first. */
function nearest(from: HTMLElement, selectors: readonly string[]): HTMLElement | null {
  if (selectors.length === 0) return null;
  let node = from.parentElement;
  for (let depth = 0; node && depth < CONTAINER_DEPTH + 2; depth++, node = node.parentElement) {
    const hit = firstMatch(selectors, node);
    if (hit) return hit;
  }
  return null;
}

export class Editables {
  constructor(private readonly ctx: GuardContext) {}

  isComposer(el: Element | null): boolean {
    return closestMatch(el, this.ctx.selectors().composer) !== null;
  }

  /**
   * An editable other than the composer that `target` is in: a listed edit box, or (rule 3, while
   * the composer is found) any editable root. Null inside the composer, Veil's own UI, or nowhere.
   */
  other(target: EventTarget | null): HTMLElement | null {
    if (isOurUi(target) || this.isComposer(target as Element | null)) return null;
    const listed = closestMatch(target, this.ctx.selectors().editBox);
    if (listed) return listed;
    return this.ctx.health.composerMissing ? null : editableRoot(target);
  }

  /** The composer or another editable that `target` is in. */
  at(target: EventTarget | null): HTMLElement | null {
    return closestMatch(target, this.ctx.selectors().composer) ?? this.other(target);
  }

  /**
   * A click on `target` that sends an edit box (or another editable): the control and the box.
   * Adapter save buttons first; then a send-like control that shares a small container with the
   * editable the user last typed in (not the composer: its send button has its own path).
   */
  sentBy(target: EventTarget | null): { button: HTMLElement; editable: HTMLElement } | null {
    if (isOurUi(target)) return null;
    const { editBox, saveButton } = this.ctx.selectors();
    const last = this.ctx.state.lastEditable;
    const typedIn = last?.isConnected && !this.isComposer(last) ? last : null;
    const listed = closestMatch(target, saveButton);
    if (listed) {
      const box = nearest(listed, editBox) ?? typedIn;
      return box ? { button: listed, editable: box } : null;
    }
    const control = controlAt(target);
    if (!control || !typedIn || this.ctx.health.composerMissing) return null;
    const container = sharedContainer(typedIn, control);
    // A container that also holds the composer is the page, not the edit box's own toolbar.
    if (!container || firstMatch(this.ctx.selectors().composer, container)) return null;
    return looksLikeSend(control) ? { button: control, editable: typedIn } : null;
  }

  /** The editable a submitted form sends: the composer, a listed edit box, or the one typed in. */
  inForm(form: HTMLFormElement): HTMLElement | null {
    const { composer, editBox } = this.ctx.selectors();
    const found = firstMatch(composer, form) ?? firstMatch(editBox, form);
    if (found) return found;
    if (this.ctx.health.composerMissing) return null;
    const last = this.ctx.state.lastEditable;
    if (last?.isConnected && form.contains(last)) return last;
    return form.querySelector<HTMLElement>('textarea, [contenteditable]:not([contenteditable="false"])');
  }
}
