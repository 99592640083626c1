/**
 * The composer guard: stops a send, applies the policy, makes the prompt safe, then lets that send
 * happen exactly once.
 *
 * Listeners sit on `window` in the capture phase, registered at document_start from the isolated
 * world, so they run before any listener the page can add. Only trusted events (real user input)
 * are intercepted; our own replayed events are untrusted (or flagged as replays) and pass to the
 * page. Sends: Enter and Ctrl/Cmd+Enter in the composer, a click on the send button (pointer or
 * keyboard), and a form submit. Paste, drop and files are in inbound.ts.
 *
 * Per finding, the settings choose redact, warn (the review dialog), block or allow; `mode:
 * "monitor"` changes nothing and only reports. If checking or rewriting fails, `failMode` decides
 * (block by default) and the user is told either way. Every decision goes to `reportDecision`.
 */
import { editableRoot, readComposer, rewriteComposer, sameText } from './composer';
import { closestMatch, firstMatch, isSendKey } from './dom';
import { isActive, reviewItems, selectorsFor, tripwireValues, type GuardContext } from './context';
import { installInbound } from './inbound';
import { showNotice } from './notice';
import { reportDecision } from './report';
import { openReview } from './review';
import { FULL_LIMIT } from './full';
import { assess, assessChunked, withFullFindings, SYNC_LIMIT, type Assessment, type Flagged } from './scan';
import { recordDecision, recordSend, stats, timed } from './stats';
import { isOurUi, shieldEvent, SHIELDED } from './ui';
import { t, tCount } from '../platform/i18n';

/** Kept exported here: src/content/replies imports it from this module. */
export { isSendKey };

type Trigger =
  | { kind: 'enter'; composer: HTMLElement; init: KeyboardEventInit; at: number }
  | { kind: 'click'; button: HTMLElement; composer: HTMLElement; at: number }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null; composer: HTMLElement; at: number };

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

/**
 * How long a send waits for the full path (names, places) when the typing scan has not seen the
 * text yet (a paste sent at once). Bounded so the decision stays under 100 ms: a later answer is
 * not waited for, the fast path's verdict stands, and that is recorded (`full-path-unavailable`,
 * once per page). Typed text is normally seen by the full path before the user presses Enter.
 */
const FULL_WAIT_MS = 60;

/** Re-checks of a held send whose text changed while it was checked (see decided()). */
const RECHECKS = 2;

const stopEvent = (event: Event): void => {
  event.preventDefault();
  event.stopImmediatePropagation();
  // An Enter Veil holds back is held back whole: its keypress and keyup must not reach the page.
  if (event.type === 'keydown') heldKey = (event as KeyboardEvent).code || (event as KeyboardEvent).key;
};
let heldKey: string | undefined;

/** keypress/keyup of an Enter whose keydown Veil stopped. */
function swallowHeldKey(event: KeyboardEvent): boolean {
  if (!event.isTrusted || heldKey === undefined || (event.code || event.key) !== heldKey) return false;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (event.type === 'keyup') heldKey = undefined;
  return true;
}

export function startGuard(ctx: GuardContext): Guard {
  const controller = new AbortController();
  const { signal } = controller;
  const { site, tripwire, vault, health, feedback, full } = ctx;
  let busy = false;
  let replaying = false;
  /** The editor the user last typed in, for clicks when the adapter no longer recognises the page. */
  let lastEditable: HTMLElement | null = null;

  const settings = (): ReturnType<GuardContext['settings']> => ctx.settings();
  const selectors = (): ReturnType<typeof selectorsFor> => selectorsFor(site, settings());
  const active = (): boolean => isActive(site, settings());
  const monitor = (): boolean => settings().mode === 'monitor';

  /** One assessment per text and settings: a pointerdown, click and submit for one send run detection once. */
  let cache: { text: string; settings: unknown; result: Assessment } | undefined;
  const assessCached = (text: string): Assessment => {
    const s = settings();
    if (cache && cache.text === text && cache.settings === s) return cache.result;
    const result = timed('decide', () => assess(text, s));
    cache = { text, settings: s, result };
    return result;
  };

  const composerFor = (near: Element | null): HTMLElement | null => {
    const { composer } = selectors();
    const form = near?.closest('form');
    return (form && firstMatch(composer, form)) || firstMatch(composer);
  };

  // ---------------------------------------------------------------------------------------------
  // Replaying a send exactly once

  function replay(trigger: Trigger): void {
    replaying = true;
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
      replaying = false;
    }
    recordSend(performance.now() - trigger.at);
    feedback.schedule(trigger.composer);
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions

  /** What the tripwire flags (identifiers only: see tripwireValues); unflagging uses every value. */
  const valuesOf = (flagged: readonly Flagged[]): string[] => tripwireValues(flagged);
  const allValues = (flagged: readonly Flagged[]): string[] => flagged.map((f) => f.value);

  /** Checking failed. failMode decides; the user is told either way. */
  function failed(trigger: Trigger | undefined, detail: string, why: string, stopped: boolean): void {
    const allow = settings().failMode === 'allow';
    reportDecision({ action: 'failed', trigger: 'submit', detail });
    if (allow) {
      showNotice('warning', t('guard_unchecked_title'), t('guard_unchecked', why));
      if (stopped && trigger) replay(trigger);
    } else {
      showNotice('error', t('guard_stopped_title'), t('guard_stopped', why));
    }
  }

  async function redactAndSend(
    trigger: Trigger,
    a: Assessment,
    toRedact: readonly Flagged[],
    approved: readonly Flagged[] = [],
    reason?: string,
  ): Promise<void> {
    const { composer } = trigger;
    let local = false;
    if (toRedact.length > 0) {
      const v = await vault.redact(a.text, toRedact);
      local = v.local;
      const sent = v.text;
      const ok = await rewriteComposer(composer, sent);
      const after = readComposer(composer);
      const approvedValues = new Set(approved.map((f) => f.value));
      // Long text is re-checked in chunks too: the verification must not hold the page either.
      const leftover =
        ok && sameText(after, sent)
          ? (await assessChunked(after, settings())).flagged.filter((f) => !approvedValues.has(f.value))
          : null;
      if (!leftover || leftover.length > 0) {
        const why = t('guard_rewrite_failed', site.name);
        if (settings().failMode === 'allow') await tripwire.unflag(allValues(a.flagged));
        failed(trigger, 'rewrite-failed', why, true);
        return;
      }
    }
    if (approved.length > 0) await tripwire.unflag(allValues(approved));
    else await tripwire.sync();
    replay(trigger);
    if (approved.length > 0) {
      reportDecision({ action: 'sent-anyway', trigger: 'submit', flagged: approved, ...(reason ? { reason } : {}) });
    }
    if (toRedact.length > 0) {
      reportDecision({ action: 'redacted', trigger: 'submit', flagged: toRedact });
      const n = toRedact.length;
      const done = tCount('guard_redacted', n);
      showNotice('info', t('guard_redacted_title'), local ? `${done} ${t('guard_redacted_local')}` : done);
    } else if (approved.length > 0) {
      showNotice('info', t('guard_anyway_title'), tCount('guard_anyway', approved.length));
    }
  }

  function block(a: Assessment): void {
    const blocking = a.flagged.filter((f) => f.action === 'block');
    reportDecision({ action: 'blocked', trigger: 'submit', flagged: a.flagged });
    const kinds = [...new Set(reviewItems(blocking).map((i) => `${i.preview}`))].slice(0, 3).join(', ');
    showNotice('error', t('guard_blocked_title'), tCount('guard_blocked', blocking.length, kinds));
  }

  async function act(trigger: Trigger, a: Assessment): Promise<void> {
    busy = true;
    try {
      const s = settings();
      if (a.verdict === 'block') {
        block(a);
        return;
      }
      if (a.verdict === 'warn') {
        reportDecision({ action: 'warned', trigger: 'submit', flagged: a.flagged });
        const choice = await openReview({
          title: t('guard_review_title'),
          intro: tCount('guard_review', a.flagged.length),
          items: reviewItems(a.flagged),
          allowAnyway: s.allowSendAnyway,
          requireReason: s.requireReason,
        });
        if (choice.kind === 'edit') {
          trigger.composer.focus();
          return;
        }
        // The text must not have changed behind the dialog.
        if (readComposer(trigger.composer) !== a.text) {
          showNotice('warning', t('guard_changed_title'), t('guard_changed'));
          return;
        }
        if (choice.kind === 'redact') return await redactAndSend(trigger, a, a.flagged);
        const toRedact = a.flagged.filter((f) => f.action === 'redact');
        const approved = a.flagged.filter((f) => f.action === 'warn');
        return await redactAndSend(trigger, a, toRedact, approved, choice.reason);
      }
      await redactAndSend(trigger, a, a.flagged);
    } catch (error) {
      failed(trigger, 'guard-error', t('guard_check_failed', String(error).slice(0, 120)), true);
    } finally {
      busy = false;
    }
  }

  /**
   * The synchronous part of every send: decide now whether the event may pass. Stops it when Veil
   * has work to do, then continues asynchronously.
   */
  /** The full path did not answer in time: recorded once per page; the fast path's answer stands. */
  let fullMissingTold = false;
  function fullMissing(): void {
    if (fullMissingTold) return;
    fullMissingTold = true;
    reportDecision({ action: 'degraded', trigger: 'submit', detail: 'full-path-unavailable' });
  }

  /**
   * Continues a send that was held for asynchronous checking. The decision holds only for the text
   * it was made on. An editor may still be settling a paste when Enter arrives, so a composer that
   * changed meanwhile is checked again, as if Enter came now (up to RECHECKS times); only a text
   * that keeps changing is not sent, with a notice.
   */
  function decided(trigger: Trigger, a: Assessment, start: number, attempt: number): Promise<void> | void {
    busy = false;
    if (readComposer(trigger.composer) !== a.text) {
      stats.changedWhileHeld++;
      if (attempt < RECHECKS) return gate(null, trigger, attempt + 1);
      showNotice('warning', t('guard_changed_title'), t('guard_changed'));
      return;
    }
    const now = performance.now();
    recordDecision(now - start, now - trigger.at);
    if (a.flagged.length === 0) return replay(trigger);
    tripwire.flag(valuesOf(a.flagged));
    return act(trigger, a);
  }

  /**
   * The synchronous part of every send: decide now whether the event may pass. Stops it when Veil
   * has work to do (or must wait for the full path, which has not seen this text yet), then
   * continues asynchronously. `event` is null when the send is already held (a re-check after the
   * text changed): then "let it pass" means sending it again.
   */
  function gate(event: Event | null, trigger: Trigger, attempt = 0): void {
    const start = performance.now();
    const hold = (): void => {
      if (event) stopEvent(event);
    };
    const pass = (): void => {
      if (!event) replay(trigger);
    };
    const text = readComposer(trigger.composer);
    const s = settings();
    const known = full.known(text);
    const waitForFull = !known && text.length <= FULL_LIMIT && full.available && !monitor();
    const withFull = async (a: Assessment): Promise<Assessment> => {
      if (!waitForFull) return a;
      const findings = await full.request(text, FULL_WAIT_MS);
      if (!findings) {
        fullMissing();
        return a;
      }
      return timed('decide', () => withFullFindings(a, findings, s));
    };
    const broken = (error: unknown): void => {
      busy = false;
      failed(trigger, 'detect-error', t('guard_check_failed', String(error).slice(0, 120)), true);
    };

    if (text.length > SYNC_LIMIT) {
      if (monitor()) {
        void assessChunked(text, s).then((a) => {
          if (a.flagged.length) reportDecision({ action: 'monitored', trigger: 'submit', flagged: a.flagged });
        });
        return pass();
      }
      hold();
      busy = true;
      void assessChunked(text, s)
        .then((a) => (known ? withFullFindings(a, known, s) : withFull(a)))
        .then((a) => decided(trigger, a, start, attempt))
        .catch(broken);
      return;
    }
    let a: Assessment;
    try {
      a = known ? timed('decide', () => withFullFindings(assessCached(text), known, s)) : assessCached(text);
    } catch (error) {
      const allow = s.failMode === 'allow';
      if (!allow) hold();
      // A held send that may pass is sent again by failed().
      failed(trigger, 'detect-error', t('guard_check_failed', String(error).slice(0, 120)), !event);
      return;
    }
    if (waitForFull) {
      // The full path (names, places) has not seen this text: hold the send until it has (bounded).
      hold();
      busy = true;
      void withFull(a)
        .then((b) => decided(trigger, b, start, attempt))
        .catch(broken);
      return;
    }
    const now = performance.now();
    recordDecision(now - start, now - trigger.at);
    if (a.flagged.length === 0) return pass();
    if (monitor()) {
      reportDecision({ action: 'monitored', trigger: 'submit', flagged: a.flagged });
      showNotice('info', t('guard_monitor_title'), tCount('guard_monitor', a.flagged.length));
      return pass();
    }
    tripwire.flag(valuesOf(a.flagged));
    hold();
    void act(trigger, a);
  }

  /**
   * A send from an editor the adapter does not recognise, while the adapter finds no composer: the
   * site changed. Veil can read the editor but will not rewrite it; failMode decides. `trigger`
   * says how to send again when failMode lets it through (values flagged earlier are unflagged
   * first, or the tripwire would stop what the setting allows).
   */
  function unrecognised(event: Event, trigger: Trigger | null): void {
    if (!trigger || !health.composerMissing || monitor()) return;
    const text = readComposer(trigger.composer);
    let a: Assessment;
    try {
      a = text.length > SYNC_LIMIT ? { text, flagged: [], verdict: 'allow' } : assessCached(text);
    } catch {
      return;
    }
    if (a.flagged.length === 0) return;
    stopEvent(event);
    if (settings().failMode === 'block') {
      tripwire.flag(valuesOf(a.flagged));
      reportDecision({ action: 'blocked', trigger: 'submit', flagged: a.flagged, detail: 'composer-not-found' });
      showNotice('error', t('guard_stopped_title'), tCount('guard_unknown_box', a.flagged.length, site.name));
      return;
    }
    busy = true;
    void tripwire
      .unflag(allValues(a.flagged))
      .then(() => {
        replay(trigger);
        reportDecision({ action: 'degraded', trigger: 'submit', flagged: a.flagged, detail: 'composer-not-found' });
        showNotice('warning', t('guard_let_through_title'), tCount('guard_let_through', a.flagged.length, site.name));
      })
      .finally(() => (busy = false));
  }

  const keyInit = (event: KeyboardEvent): KeyboardEventInit => ({
    key: event.key,
    code: event.code,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  });

  // ---------------------------------------------------------------------------------------------
  // Listeners

  const onKeyDown = (event: KeyboardEvent): void => {
    if (shieldEvent(event)) return;
    if (!event.isTrusted || replaying || !isSendKey(event) || !active()) return;
    const composer = closestMatch(event.target, selectors().composer);
    if (busy && (composer || health.composerMissing)) return stopEvent(event); // a second Enter must not slip out
    const at = event.timeStamp;
    if (!composer) {
      const editable = editableRoot(event.target);
      return unrecognised(event, editable && { kind: 'enter', composer: editable, init: keyInit(event), at });
    }
    gate(event, { kind: 'enter', composer, init: keyInit(event), at });
  };

  const onClick = (event: MouseEvent): void => {
    if (!event.isTrusted || replaying || isOurUi(event.target) || !active()) return;
    const at = event.timeStamp;
    const button = closestMatch(event.target, selectors().sendButton);
    if (!button) {
      if (!health.composerMissing) return;
      const lookalike = looksLikeSendButton(event.target);
      if (busy && lookalike) return stopEvent(event);
      return unrecognised(
        event,
        lookalike && lastEditable && { kind: 'click', button: lookalike, composer: lastEditable, at },
      );
    }
    if (busy) return stopEvent(event);
    const composer = composerFor(button);
    if (!composer) return unrecognised(event, lastEditable && { kind: 'click', button, composer: lastEditable, at });
    gate(event, { kind: 'click', button, composer, at });
  };

  /** Sites that send on pointerdown/mousedown must not see it while the text still needs work. */
  const onPress = (event: Event): void => {
    if (!event.isTrusted || replaying || isOurUi(event.target) || !active() || monitor()) return;
    const button = closestMatch(event.target, selectors().sendButton);
    const composer = button && composerFor(button);
    if (!composer) return;
    if (busy) return void event.stopImmediatePropagation();
    const text = readComposer(composer);
    try {
      if (text.length > SYNC_LIMIT || assessCached(text).flagged.length > 0) event.stopImmediatePropagation();
    } catch {
      // the click will report it
    }
  };

  const onSubmit = (event: SubmitEvent): void => {
    // requestSubmit() from page code also fires a trusted submit: it is checked like a user's.
    if (replaying || !active()) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const composer = firstMatch(selectors().composer, form);
    if (!composer) return;
    if (busy) return stopEvent(event);
    gate(event, { kind: 'submit', form, submitter: event.submitter, composer, at: event.timeStamp });
  };

  /** Typing: remember the editor, and scan it after a pause. */
  const onInput = (event: Event): void => {
    if (!event.isTrusted || !active()) return;
    const composer = closestMatch(event.target, selectors().composer);
    if (composer) {
      lastEditable = composer;
      const input = event as InputEvent;
      const whole = (input.data?.length ?? 0) > 40 || /^insertFrom(Paste|Drop)/.test(input.inputType ?? '');
      feedback.schedule(composer, whole);
      return;
    }
    const editable = editableRoot(event.target);
    if (!editable) return;
    lastEditable = editable;
    health.noteUnrecognisedEditor();
    if (health.composerMissing) feedback.schedule(editable);
  };

  const opts = { capture: true, signal };
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
  installInbound(ctx, { signal, isBusy: () => busy, lastEditable: () => lastEditable });

  return { stop: () => controller.abort() };
}
