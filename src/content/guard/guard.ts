/**
 * The composer guard: stops a send, applies the policy, makes the prompt safe, then lets that send
 * happen exactly once. This file holds the listeners; what they hand over is decided in decide.ts
 * and acted on in act.ts. Paste, drop and files are in inbound.ts.
 *
 * Listeners sit on `window` in the capture phase, registered at document_start from the isolated
 * world, so they run before any listener the page can add. Only trusted events (real user input)
 * are intercepted; our own replayed events are untrusted (or flagged as replays) and pass to the
 * page. Sends: Enter and Ctrl/Cmd+Enter in the composer, a click on the send button (pointer or
 * keyboard), and a form submit; the same for an edit box or any other editable that can send
 * (editables.ts says which box a send belongs to).
 *
 * Per finding, the settings choose redact, warn (the review dialog), block or allow; `mode:
 * "monitor"` changes nothing and only reports. If checking or rewriting fails, `failMode` decides
 * (block by default) and the user is told either way. Every decision goes to `reportDecision`.
 */
import { SYNC_LIMIT } from '../assess';
import { editableRoot, readComposer } from '../composer';
import { closestMatch, firstMatch, isSendKey, stopEvent } from '../dom';
import { isOurUi, shieldEvent, SHIELDED } from '../ui';
import { SendGate, holdEvent, swallowHeldKey } from './decide';
import { Editables } from './editables';
import type { GuardContext } from './guard-context';
import { installInbound } from './inbound';
import { keyInit } from './trigger';

export interface Guard {
  stop(): void;
}

/** A button that looks like "send" when the adapter's selectors no longer find one. */
const LOOKS_LIKE_SEND = /\b(send|submit)\b/i;
function looksLikeSendButton(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const button = target.closest<HTMLElement>('button, [role="button"]');
  if (!button) return null;
  const label = `${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''} ${button.getAttribute('data-testid') ?? ''} ${button.textContent ?? ''}`;
  return (button as HTMLButtonElement).type === 'submit' || LOOKS_LIKE_SEND.test(label) ? button : null;
}

export function startGuard(ctx: GuardContext): Guard {
  const controller = new AbortController();
  const { state, health } = ctx;
  const sends = new SendGate(ctx);
  const editables = new Editables(ctx);

  const composerFor = (near: Element | null): HTMLElement | null => {
    const { composer } = ctx.selectors();
    const form = near?.closest('form');
    return (form && firstMatch(composer, form)) || firstMatch(composer);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (shieldEvent(event)) return;
    if (!event.isTrusted || state.replaying || !isSendKey(event) || !ctx.active()) return;
    const composer = editables.at(event.target);
    if (state.busy && (composer || health.composerMissing)) return holdEvent(event); // a second Enter must not slip out
    const at = event.timeStamp;
    if (!composer) {
      const editable = editableRoot(event.target);
      return sends.unrecognised(event, editable && { kind: 'enter', composer: editable, init: keyInit(event), at });
    }
    sends.gate(event, { kind: 'enter', composer, init: keyInit(event), at });
  };

  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || state.replaying || isOurUi(event.target) || !ctx.active()) return;
    const at = event.timeStamp;
    const edit = editables.sentBy(event.target);
    if (edit) {
      if (state.busy) return stopEvent(event);
      return sends.gate(event, { kind: 'click', button: edit.button, composer: edit.editable, at });
    }
    const button = closestMatch(event.target, ctx.selectors().sendButton);
    const { lastEditable } = state;
    if (!button) {
      if (!health.composerMissing) return;
      const lookalike = looksLikeSendButton(event.target);
      if (state.busy && lookalike) return stopEvent(event);
      return sends.unrecognised(
        event,
        lookalike && lastEditable && { kind: 'click', button: lookalike, composer: lastEditable, at },
      );
    }
    if (state.busy) return stopEvent(event);
    const composer = composerFor(button);
    if (!composer) {
      return sends.unrecognised(event, lastEditable && { kind: 'click', button, composer: lastEditable, at });
    }
    sends.gate(event, { kind: 'click', button, composer, at });
  };

  /** Sites that send on pointerdown/mousedown must not see it while the text still needs work. */
  const onPress = (event: Event): void => {
    if (!event.isTrusted || state.replaying || isOurUi(event.target) || !ctx.active() || ctx.monitor()) return;
    const edit = editables.sentBy(event.target);
    const button = edit?.button ?? closestMatch(event.target, ctx.selectors().sendButton);
    const composer = edit?.editable ?? (button && composerFor(button));
    if (!composer) return;
    if (state.busy || ctx.policy.pending()) return void event.stopImmediatePropagation();
    const text = readComposer(composer);
    try {
      if (text.length > SYNC_LIMIT || sends.assessCached(text).flagged.length > 0) event.stopImmediatePropagation();
    } catch {
      // the click will report it
    }
  };

  const onSubmit = (event: SubmitEvent): void => {
    // requestSubmit() from page code also fires a trusted submit: it is checked like a user's.
    if (state.replaying || !ctx.active()) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const composer = editables.inForm(form);
    if (!composer) return;
    if (state.busy) return stopEvent(event);
    sends.gate(event, { kind: 'submit', form, submitter: event.submitter, composer, at: event.timeStamp });
  };

  /** Typing: remember the editor, and scan it after a pause. */
  const onInput = (event: Event): void => {
    if (!event.isTrusted || !ctx.active()) return;
    const composer = closestMatch(event.target, ctx.selectors().composer);
    if (composer) {
      state.lastEditable = composer;
      const input = event as InputEvent;
      const whole = (input.data?.length ?? 0) > 40 || /^insertFrom(Paste|Drop)/.test(input.inputType ?? '');
      ctx.feedback.schedule(composer, whole);
      return;
    }
    const other = editables.other(event.target);
    if (other) {
      state.lastEditable = other;
      ctx.feedback.schedule(other, /^insertFrom(Paste|Drop)/.test((event as InputEvent).inputType ?? ''));
      return;
    }
    const editable = editableRoot(event.target);
    if (!editable) return;
    state.lastEditable = editable;
    health.noteUnrecognisedEditor();
    if (health.composerMissing) ctx.feedback.schedule(editable);
  };

  const opts = { capture: true, signal: controller.signal };
  window.addEventListener('keydown', onKeyDown, opts);
  for (const type of SHIELDED) {
    if (type === 'keydown') continue;
    const held = type === 'keypress' || type === 'keyup';
    window.addEventListener(
      type,
      (event) => void (shieldEvent(event) || (held && swallowHeldKey(event as KeyboardEvent))),
      opts,
    );
  }
  window.addEventListener('click', onClick, opts);
  window.addEventListener('pointerdown', onPress, opts);
  window.addEventListener('mousedown', onPress, opts);
  window.addEventListener('submit', onSubmit, opts);
  window.addEventListener('input', onInput, opts);
  // Editors that handle `beforeinput` themselves (Lexical) may cancel it, and then no `input` follows.
  window.addEventListener('beforeinput', onInput, opts);
  installInbound(ctx, controller.signal);

  return { stop: () => controller.abort() };
}
