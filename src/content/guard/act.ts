/**
 * The action on a held send, once decide.ts has found what it carries: block it, ask the user
 * (the review dialog), or redact it through the editor's own input pipeline, verify the result,
 * and send it exactly once. Anything that fails follows `failMode`, and the user is told either way.
 */
import { t, tCount } from '../../platform/i18n';
import { assessChunked, type Assessment, type Flagged } from '../assess';
import { readComposer, rewriteComposer, sameText } from '../composer';
import { reportDecision } from '../report';
import { openReview } from '../review';
import { showNotice } from '../toast';
import { allValues, type GuardContext } from './guard-context';
import { reviewItems } from './review-items';
import { replay, type Trigger } from './trigger';

/** Checking failed. failMode decides; the user is told either way. */
export function failed(
  ctx: GuardContext,
  trigger: Trigger | undefined,
  detail: string,
  why: string,
  stopped: boolean,
): void {
  const allow = ctx.settings().failMode === 'allow';
  reportDecision({ action: 'failed', trigger: 'submit', detail });
  if (allow) {
    showNotice('warning', t('guard_unchecked_title'), t('guard_unchecked', why));
    if (stopped && trigger) replay(ctx, trigger);
  } else {
    showNotice('error', t('guard_stopped_title'), t('guard_stopped', why));
  }
}

/** Acts on a held send with findings: block, review, or redact and send. Holds the guard busy meanwhile. */
export async function act(ctx: GuardContext, trigger: Trigger, a: Assessment): Promise<void> {
  ctx.state.busy = true;
  try {
    if (a.verdict === 'block') return block(a);
    if (a.verdict === 'warn') return await review(ctx, trigger, a);
    await redactAndSend(ctx, trigger, a, a.flagged);
  } catch (error) {
    failed(ctx, trigger, 'guard-error', t('guard_check_failed', String(error).slice(0, 120)), true);
  } finally {
    ctx.state.busy = false;
  }
}

function block(a: Assessment): void {
  const blocking = a.flagged.filter((f) => f.action === 'block');
  reportDecision({ action: 'blocked', trigger: 'submit', flagged: a.flagged });
  const kinds = [...new Set(reviewItems(blocking).map((i) => `${i.preview}`))].slice(0, 3).join(', ');
  showNotice('error', t('guard_blocked_title'), tCount('guard_blocked', blocking.length, kinds));
}

/** The review dialog: redact and send, send anyway (with a reason when policy asks), or edit. */
async function review(ctx: GuardContext, trigger: Trigger, a: Assessment): Promise<void> {
  const s = ctx.settings();
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
  if (choice.kind === 'redact') return redactAndSend(ctx, trigger, a, a.flagged);
  const toRedact = a.flagged.filter((f) => f.action === 'redact');
  const approved = a.flagged.filter((f) => f.action === 'warn');
  return redactAndSend(ctx, trigger, a, toRedact, approved, choice.reason);
}

/**
 * Rewrites the composer with `toRedact` replaced by placeholders, checks that what the editor now
 * holds is exactly that and carries nothing flagged beyond what the user approved, then sends.
 */
async function redactAndSend(
  ctx: GuardContext,
  trigger: Trigger,
  a: Assessment,
  toRedact: readonly Flagged[],
  approved: readonly Flagged[] = [],
  reason?: string,
): Promise<void> {
  const { tripwire } = ctx;
  let local = false;
  if (toRedact.length > 0) {
    const v = await ctx.vault.redact(a.text, toRedact);
    local = v.local;
    if (!(await rewrittenAs(ctx, trigger.composer, v.text, approved))) {
      const why = t('guard_rewrite_failed', ctx.site.name);
      if (ctx.settings().failMode === 'allow') await tripwire.unflag(allValues(a.flagged));
      failed(ctx, trigger, 'rewrite-failed', why, true);
      return;
    }
  }
  if (approved.length > 0) await tripwire.unflag(allValues(approved));
  else await tripwire.sync();
  replay(ctx, trigger);
  if (approved.length > 0) {
    reportDecision({ action: 'sent-anyway', trigger: 'submit', flagged: approved, ...(reason ? { reason } : {}) });
  }
  if (toRedact.length > 0) {
    reportDecision({ action: 'redacted', trigger: 'submit', flagged: toRedact });
    const done = tCount('guard_redacted', toRedact.length);
    showNotice('info', t('guard_redacted_title'), local ? `${done} ${t('guard_redacted_local')}` : done);
  } else if (approved.length > 0) {
    showNotice('info', t('guard_anyway_title'), tCount('guard_anyway', approved.length));
  }
}

/** The editor now holds `sent` and nothing flagged beyond the approved values. */
async function rewrittenAs(
  ctx: GuardContext,
  composer: HTMLElement,
  sent: string,
  approved: readonly Flagged[],
): Promise<boolean> {
  const ok = await rewriteComposer(composer, sent);
  const after = readComposer(composer);
  if (!ok || !sameText(after, sent)) return false;
  const approvedValues = new Set(approved.map((f) => f.value));
  // Long text is re-checked in chunks too: the verification must not hold the page either.
  const leftover = (await assessChunked(after, ctx.settings())).flagged.filter((f) => !approvedValues.has(f.value));
  return leftover.length === 0;
}
