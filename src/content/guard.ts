/**
 * The composer guard: stops a send, makes the prompt safe, then lets that send happen exactly once.
 *
 * Listeners sit on `window` in the capture phase, registered at document_start from the isolated
 * world, so they run before any listener the page can add. Only trusted events (real user input)
 * are intercepted; our own replayed events are untrusted and pass straight to the page.
 */
import type { PlaceholderMap } from '../detect';
import { emptyMap } from '../detect';
import { readComposer, rewriteComposer, sameText } from './composer';
import { showNotice } from './notice';
import { planSend } from './scan';
import type { SiteAdapter } from './sites';

type Trigger =
  | { kind: 'enter'; composer: HTMLElement; init: KeyboardEventInit }
  | { kind: 'click'; button: HTMLElement; composer: HTMLElement };

export interface Guard {
  stop(): void;
}

const closestMatch = (target: EventTarget | null, selectors: readonly string[]): HTMLElement | null => {
  if (!(target instanceof Element)) return null;
  for (const selector of selectors) {
    const hit = target.closest<HTMLElement>(selector);
    if (hit) return hit;
  }
  return null;
};

const firstMatch = (selectors: readonly string[]): HTMLElement | null => {
  for (const selector of selectors) {
    const hit = document.querySelector<HTMLElement>(selector);
    if (hit) return hit;
  }
  return null;
};

/** Enter that sends: not Shift/Alt (new line), and never while an IME composition is open. */
function isSendKey(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter' && event.code !== 'Enter' && event.code !== 'NumpadEnter') return false;
  if (event.shiftKey || event.altKey) return false;
  // keyCode 229 is what Chromium reports for the Enter that commits an IME composition.
  return !event.isComposing && event.keyCode !== 229;
}

export function startGuard(site: SiteAdapter): Guard {
  const controller = new AbortController();
  const { signal } = controller;
  let map: PlaceholderMap = emptyMap();
  let busy = false;

  const intercept = async (trigger: Trigger): Promise<void> => {
    busy = true;
    try {
      const before = readComposer(trigger.composer);
      const plan = planSend(before, map);
      if (plan.redacted === undefined) {
        // Nothing to change (the text changed between the check and now); send as the user asked.
        replay(trigger);
        return;
      }
      const ok = await rewriteComposer(trigger.composer, plan.redacted);
      const after = readComposer(trigger.composer);
      // Verify twice: the editor holds what we wrote, and what it holds is clean.
      if (!ok || !sameText(after, plan.redacted) || planSend(after, plan.map).redacted !== undefined) {
        showNotice(
          'error',
          'Veil stopped this message',
          `${site.name}'s editor did not accept the redacted text, so nothing was sent. Remove the personal data by hand, or reload the page and try again.`,
        );
        return;
      }
      map = plan.map;
      replay(trigger);
      const n = plan.findings.length;
      showNotice(
        'info',
        'Veil redacted your message',
        `${n} item${n === 1 ? '' : 's'} replaced with placeholders before sending.`,
      );
    } catch (error) {
      showNotice(
        'error',
        'Veil stopped this message',
        `Checking the message failed (${String(error)}); nothing was sent.`,
      );
    } finally {
      busy = false;
    }
  };

  const needsWork = (composer: HTMLElement): boolean => planSend(readComposer(composer), map).redacted !== undefined;

  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (!isSendKey(event)) return;
    const composer = closestMatch(event.target, site.selectors.composer);
    if (!composer) return;
    if (busy) {
      // A second Enter while we rewrite must not slip the original text out.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!needsWork(composer)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    void intercept({ kind: 'enter', composer, init });
  };

  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted) return;
    const button = closestMatch(event.target, site.selectors.sendButton);
    if (!button) return;
    const composer = firstMatch(site.selectors.composer);
    if (!composer) return;
    if (busy) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!needsWork(composer)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    void intercept({ kind: 'click', button, composer });
  };

  window.addEventListener('keydown', onKeyDown, { capture: true, signal });
  window.addEventListener('click', onClick, { capture: true, signal });
  return { stop: () => controller.abort() };
}

/** Sends once: a synthetic Enter or click is untrusted, so our own listeners let it through. */
function replay(trigger: Trigger): void {
  if (trigger.kind === 'enter') {
    const init = { ...trigger.init, keyCode: 13, which: 13 } as KeyboardEventInit;
    trigger.composer.dispatchEvent(new KeyboardEvent('keydown', init));
  } else {
    trigger.button.click();
  }
}
