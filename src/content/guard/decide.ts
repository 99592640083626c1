/**
 * The decision on a send, made in the event that would send it: let it pass (nothing flagged, or
 * monitor mode), or hold it (stop the event) while act.ts blocks, reviews or redacts. Short text is
 * decided synchronously with the fast path; long text, and text the full path (names, places) has
 * not seen yet, is held and decided asynchronously. A held send is decided only for the text it
 * was checked on: a composer that changed meanwhile is checked again.
 */
import { t, tCount } from '../../platform/i18n';
import { assess, assessChunked, withFullFindings, SYNC_LIMIT, type Assessment } from '../assess';
import { readComposer } from '../composer';
import { stopEvent } from '../dom';
import { FULL_LIMIT } from '../full-path';
import { reportDecision } from '../report';
import { recordDecision, stats, timed } from '../stats';
import { POLICY_WAIT_MS, waitForPolicy } from '../policy-wait';
import { showNotice } from '../toast';
import { act, failed } from './act';
import { allValues, tripwireValues, type GuardContext } from './guard-context';
import { replay, type Trigger } from './trigger';

/**
 * How long a send waits for the full path (names, places) when the typing scan has not seen the
 * text yet (a paste sent at once). Bounded so the decision stays under 100 ms: a later answer is
 * not waited for, the fast path's verdict stands, and that is recorded (`full-path-unavailable`,
 * once per page). Typed text is normally seen by the full path before the user presses Enter.
 */
const FULL_WAIT_MS = 60;

/** Re-checks of a held send whose text changed while it was checked (see decided()). */
const RECHECKS = 2;

/** An Enter Veil holds back is held back whole: its keypress and keyup must not reach the page. */
let heldKey: string | undefined;

export function holdEvent(event: Event): void {
  stopEvent(event);
  if (event.type === 'keydown') heldKey = (event as KeyboardEvent).code || (event as KeyboardEvent).key;
}

/** keypress/keyup of an Enter whose keydown Veil stopped. */
export function swallowHeldKey(event: KeyboardEvent): boolean {
  if (!event.isTrusted || heldKey === undefined || (event.code || event.key) !== heldKey) return false;
  stopEvent(event);
  if (event.type === 'keyup') heldKey = undefined;
  return true;
}

export class SendGate {
  /** One assessment per text and settings: a pointerdown, click and submit for one send run detection once. */
  private cache: { text: string; settings: unknown; result: Assessment } | undefined;
  private fullMissingTold = false;
  /** A wait for the organisation's settings ran out and failMode let the send go: no more waits. */
  private policyGaveUp = false;

  /**
   * The organisation's settings have not arrived: the send waits (bounded, the user sees it) and
   * is then decided under them. If they never come, failMode decides.
   */
  private holdForPolicy(event: Event | null, trigger: Trigger): void {
    const { ctx } = this;
    if (event) holdEvent(event);
    ctx.state.busy = true;
    void waitForPolicy(ctx.policy).then(async (ready) => {
      ctx.state.busy = false;
      if (!ready) {
        const why = t('policy_unread', String(POLICY_WAIT_MS / 1000));
        reportDecision({ action: 'failed', trigger: 'submit', detail: 'policy-unread' });
        if (ctx.settings().failMode !== 'allow') {
          return showNotice('error', t('guard_stopped_title'), t('guard_stopped', why));
        }
        this.policyGaveUp = true;
      }
      // The settings' consequences (a monitor policy clears the tripwire) reach MAIN first.
      await ctx.tripwire.sync();
      this.gate(null, trigger);
    });
  }

  constructor(private readonly ctx: GuardContext) {}

  assessCached(text: string): Assessment {
    const s = this.ctx.settings();
    if (this.cache && this.cache.text === text && this.cache.settings === s) return this.cache.result;
    const result = timed('decide', () => assess(text, s));
    this.cache = { text, settings: s, result };
    return result;
  }

  /**
   * The synchronous part of every send: decide now whether the event may pass. Stops it when Veil
   * has work to do (or must wait for the full path, which has not seen this text yet), then
   * continues asynchronously. `event` is null when the send is already held (a re-check after the
   * text changed): then "let it pass" means sending it again.
   */
  gate(event: Event | null, trigger: Trigger, attempt = 0): void {
    const { ctx } = this;
    if (ctx.policy.pending() && !this.policyGaveUp) return this.holdForPolicy(event, trigger);
    const start = performance.now();
    const hold = (): void => {
      if (event) holdEvent(event);
    };
    const pass = (): void => {
      if (!event) replay(ctx, trigger);
    };
    const text = readComposer(trigger.composer);
    const s = ctx.settings();
    const known = ctx.full.known(text);
    const waitForFull = !known && text.length <= FULL_LIMIT && ctx.full.available && !ctx.monitor();
    const withFull = async (a: Assessment): Promise<Assessment> => {
      if (!waitForFull) return a;
      const findings = await ctx.full.request(text, FULL_WAIT_MS);
      if (!findings) {
        this.fullMissing();
        return a;
      }
      return timed('decide', () => withFullFindings(a, findings, s));
    };
    const broken = (error: unknown): void => {
      ctx.state.busy = false;
      failed(ctx, trigger, 'detect-error', t('guard_check_failed', String(error).slice(0, 120)), true);
    };

    if (text.length > SYNC_LIMIT) {
      if (ctx.monitor()) {
        void assessChunked(text, s).then((a) => {
          if (a.flagged.length) reportDecision({ action: 'monitored', trigger: 'submit', flagged: a.flagged });
        });
        return pass();
      }
      hold();
      ctx.state.busy = true;
      void assessChunked(text, s)
        .then((a) => (known ? withFullFindings(a, known, s) : withFull(a)))
        .then((a) => this.decided(trigger, a, start, attempt))
        .catch(broken);
      return;
    }
    let a: Assessment;
    try {
      a = known ? timed('decide', () => withFullFindings(this.assessCached(text), known, s)) : this.assessCached(text);
    } catch (error) {
      if (s.failMode !== 'allow') hold();
      // A held send that may pass is sent again by failed().
      failed(ctx, trigger, 'detect-error', t('guard_check_failed', String(error).slice(0, 120)), !event);
      return;
    }
    if (waitForFull) {
      // The full path (names, places) has not seen this text: hold the send until it has (bounded).
      hold();
      ctx.state.busy = true;
      void withFull(a)
        .then((b) => this.decided(trigger, b, start, attempt))
        .catch(broken);
      return;
    }
    const now = performance.now();
    recordDecision(now - start, now - trigger.at);
    if (a.flagged.length === 0) return pass();
    if (ctx.monitor()) {
      reportDecision({ action: 'monitored', trigger: 'submit', flagged: a.flagged });
      showNotice('info', t('guard_monitor_title'), tCount('guard_monitor', a.flagged.length));
      return pass();
    }
    ctx.tripwire.flag(tripwireValues(a.flagged));
    hold();
    void act(ctx, trigger, a);
  }

  /**
   * A send from an editor the adapter does not recognise, while the adapter finds no composer: the
   * site changed. Veil can read the editor but will not rewrite it; failMode decides. `trigger`
   * says how to send again when failMode lets it through (values flagged earlier are unflagged
   * first, or the tripwire would stop what the setting allows).
   */
  unrecognised(event: Event, trigger: Trigger | null): void {
    const { ctx } = this;
    if (!trigger || !ctx.health.composerMissing || ctx.monitor()) return;
    const text = readComposer(trigger.composer);
    let a: Assessment;
    try {
      a = text.length > SYNC_LIMIT ? { text, flagged: [], verdict: 'allow' } : this.assessCached(text);
    } catch {
      return;
    }
    if (a.flagged.length === 0) return;
    holdEvent(event);
    const { site, tripwire } = ctx;
    if (ctx.settings().failMode === 'block') {
      tripwire.flag(tripwireValues(a.flagged));
      reportDecision({ action: 'blocked', trigger: 'submit', flagged: a.flagged, detail: 'composer-not-found' });
      showNotice('error', t('guard_stopped_title'), tCount('guard_unknown_box', a.flagged.length, site.name));
      return;
    }
    ctx.state.busy = true;
    void tripwire
      .unflag(allValues(a.flagged))
      .then(() => {
        replay(ctx, trigger);
        reportDecision({ action: 'degraded', trigger: 'submit', flagged: a.flagged, detail: 'composer-not-found' });
        showNotice('warning', t('guard_let_through_title'), tCount('guard_let_through', a.flagged.length, site.name));
      })
      .finally(() => (ctx.state.busy = false));
  }

  /**
   * Continues a send that was held for asynchronous checking. The decision holds only for the text
   * it was made on. An editor may still be settling a paste when Enter arrives, so a composer that
   * changed meanwhile is checked again, as if Enter came now (up to RECHECKS times); only a text
   * that keeps changing is not sent, with a notice.
   */
  private decided(trigger: Trigger, a: Assessment, start: number, attempt: number): Promise<void> | void {
    const { ctx } = this;
    ctx.state.busy = false;
    if (readComposer(trigger.composer) !== a.text) {
      stats.changedWhileHeld++;
      if (attempt < RECHECKS) return this.gate(null, trigger, attempt + 1);
      showNotice('warning', t('guard_changed_title'), t('guard_changed'));
      return;
    }
    const now = performance.now();
    recordDecision(now - start, now - trigger.at);
    if (a.flagged.length === 0) return replay(ctx, trigger);
    ctx.tripwire.flag(tripwireValues(a.flagged));
    return act(ctx, trigger, a);
  }

  /** The full path did not answer in time: recorded once per page; the fast path's answer stands. */
  private fullMissing(): void {
    if (this.fullMissingTold) return;
    this.fullMissingTold = true;
    reportDecision({ action: 'degraded', trigger: 'submit', detail: 'full-path-unavailable' });
  }
}
