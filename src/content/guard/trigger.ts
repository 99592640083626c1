/**
 * A send Veil held back, and how to let it happen exactly once. Veil's replayed events are
 * untrusted (and `state.replaying` is set while they fire), so the guard's own listeners let them
 * pass to the page.
 */
import { recordSend } from '../stats';
import type { GuardContext } from './guard-context';

export type Trigger =
  | { kind: 'enter'; composer: HTMLElement; init: KeyboardEventInit; at: number }
  | { kind: 'click'; button: HTMLElement; composer: HTMLElement; at: number }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null; composer: HTMLElement; at: number };

/** The parts of a real Enter that a replayed one repeats. */
export const keyInit = (event: KeyboardEvent): KeyboardEventInit => ({
  key: event.key,
  code: event.code,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  bubbles: true,
  cancelable: true,
  composed: true,
});

export function replay(ctx: GuardContext, trigger: Trigger): void {
  ctx.state.replaying = true;
  try {
    if (trigger.kind === 'enter') {
      trigger.composer.focus();
      // The whole key, as a real one arrives: a site may act on keypress or keyup.
      const init = { ...trigger.init, keyCode: 13, which: 13, charCode: 0 } as KeyboardEventInit;
      for (const type of ['keydown', 'keypress', 'keyup'])
        trigger.composer.dispatchEvent(new KeyboardEvent(type, init));
    } else if (trigger.kind === 'click') {
      trigger.button.click();
    } else {
      const submitter = trigger.submitter && trigger.form.contains(trigger.submitter) ? trigger.submitter : null;
      trigger.form.requestSubmit(submitter);
    }
  } finally {
    ctx.state.replaying = false;
  }
  recordSend(performance.now() - trigger.at);
  ctx.feedback.schedule(trigger.composer);
}
