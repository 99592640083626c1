/**
 * Text and files on their way into the composer: paste, drop, and attachments by file picker, drop
 * or paste. Each is scanned BEFORE it lands (the page never sees the raw text), and the same policy
 * as a send applies: redact (insert the redacted text / attach a redacted copy), warn (the review
 * dialog), block, or monitor.
 *
 * Pastes up to SYNC_LIMIT are checked in the event; clean ones land natively. Larger ones (up to
 * 1 MB) are always stopped, checked in chunks off the event's task, then inserted by Veil. Text-like
 * files (.txt .csv .json .md .log .xml .yaml, source code) are read and scanned here; documents (PDF,
 * DOCX, XLSX, PPTX, ODF, RTF, EML) are read and scanned in the background (files.ts) and go up as
 * redacted copies; files Veil cannot read (images for now, encrypted, corrupt, over a limit) follow
 * the `otherFiles` setting with the reason shown, and are never passed silently.
 */
import { maskPreview } from '../../detect';
import { whereAt } from '../../files/types';
import { t, tCount } from '../../platform/i18n';
import {
  assess,
  assessChunked,
  assessFindings,
  withFullFindings,
  MAX_SCAN,
  SYNC_LIMIT,
  type Assessment,
  type Flagged,
} from '../assess';
import { editableRoot, insertAtSelection, isTextArea, readComposer } from '../composer';
import { nextTask, stopEvent } from '../dom';
import {
  isReadableDocument,
  readDocument,
  reasonText,
  redactedDocument,
  type DocumentRead,
  type FileProblem,
} from '../files';
import { FULL_LIMIT } from '../full-path';
import { reportDecision, type Decision } from '../report';
import { openReview, type ReviewItem } from '../review';
import { readRichPaste } from '../rich-paste';
import { timed } from '../stats';
import { showNotice } from '../toast';
import { allValues, tripwireValues, type GuardContext } from './guard-context';
import { Editables } from './editables';
import { reviewItems } from './review-items';
import { POLICY_WAIT_MS, waitForPolicy } from '../policy-wait';

type InboundTrigger = 'paste' | 'drop' | 'file';

/** Extensions read as text. */
const TEXT_EXTENSIONS = new Set(
  (
    'txt text csv tsv json jsonl ndjson md markdown log xml yaml yml ini toml conf cfg env properties sql html htm css scss ' +
    'js mjs cjs ts tsx jsx py rb go rs java kt kts swift c h cc cpp hpp cs php sh bash zsh ps1 bat r scala pl lua dart ' +
    'vue svelte tf gradle ipynb graphql proto diff patch rst tex srt vtt'
  ).split(' '),
);
const TEXT_TYPES = /^(text\/|application\/(json|xml|x-yaml|yaml|javascript|x-sh|x-ndjson|sql|x-python))/;
/** Largest text file Veil reads; a larger one counts as one it cannot check. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function isTextLike(file: File): boolean {
  const ext = /\.([A-Za-z0-9]+)$/.exec(file.name)?.[1]?.toLowerCase();
  return (ext !== undefined && TEXT_EXTENSIONS.has(ext)) || TEXT_TYPES.test(file.type);
}

/** Remembers where the caret is, so an insertion after the dialog lands where the user pasted. */
function saveSelection(composer: HTMLElement): () => void {
  if (isTextArea(composer)) {
    const { selectionStart, selectionEnd } = composer;
    return () => {
      composer.focus();
      composer.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const sel = getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).cloneRange() : undefined;
  return () => {
    composer.focus();
    if (!range || !composer.contains(range.startContainer)) return;
    const s = getSelection();
    s?.removeAllRanges();
    s?.addRange(range);
  };
}

/** Values fingerprinted for the tripwire per task (see flagInSteps). */
const FLAG_STEP = 200;

export function installInbound(ctx: GuardContext, signal: AbortSignal): void {
  const { tripwire, vault, health, full } = ctx;
  const { settings, active, monitor } = ctx;
  const busy = (): boolean => ctx.state.busy;

  const editables = new Editables(ctx);
  /** The composer, an edit box or another editable (editables.ts); any editable while degraded. */
  const target = (eventTarget: EventTarget | null): HTMLElement | null =>
    editables.at(eventTarget) ?? (health.composerMissing ? editableRoot(eventTarget) : null);

  function failedInbound(trigger: InboundTrigger, detail: string, why: string): boolean {
    const allow = settings().failMode === 'allow';
    reportDecision({ action: 'failed', trigger, detail });
    showNotice(
      allow ? 'warning' : 'error',
      t(allow ? `inbound_unchecked_title_${trigger}` : `inbound_stopped_title_${trigger}`),
      t(allow ? 'inbound_unchecked' : 'inbound_stopped', why),
    );
    return allow;
  }

  // ---------------------------------------------------------------------------------------------
  // Text: paste and drop

  /** Decide about pasted or dropped text now; returns after stopping the event if Veil takes over. */
  function inboundText(
    event: Event,
    text: string,
    composer: HTMLElement,
    trigger: 'paste' | 'drop',
    place: () => void,
  ): void {
    if (text.length > MAX_SCAN) {
      if (!failedInbound(trigger, 'too-large', t('inbound_too_large', MAX_SCAN / 1_000_000))) {
        stopEvent(event);
      }
      return;
    }
    if (ctx.policy.pending()) {
      stopEvent(event);
      void afterPolicy(text, composer, trigger, place).catch((error: unknown) =>
        failedInbound(trigger, 'guard-error', t('inbound_check_failed', String(error).slice(0, 100))),
      );
      return;
    }
    if (text.length > SYNC_LIMIT) {
      if (monitor()) {
        void assessChunked(text, settings()).then((a) => {
          if (a.flagged.length) reportDecision({ action: 'monitored', trigger, flagged: a.flagged });
        });
        return;
      }
      stopEvent(event);
      void assessChunked(text, settings())
        .then(async (a) => {
          if (a.flagged.length === 0) {
            place();
            await nextTask();
            if (!(await insertAtSelection(composer, text)))
              failedInbound(trigger, 'insert-failed', t('inbound_insert_failed'));
            return;
          }
          await handleText(a, composer, trigger, place);
        })
        .catch((error: unknown) =>
          failedInbound(trigger, 'detect-error', t('inbound_check_failed', String(error).slice(0, 100))),
        );
      return;
    }
    let a: Assessment;
    try {
      a = timed('decide', () => assess(text, settings()));
    } catch (error) {
      if (!failedInbound(trigger, 'detect-error', t('inbound_check_failed', String(error).slice(0, 100))))
        stopEvent(event);
      return;
    }
    if (a.flagged.length === 0) return; // clean: the paste lands natively
    if (monitor()) {
      reportDecision({ action: 'monitored', trigger, flagged: a.flagged });
      return;
    }
    stopEvent(event);
    void handleText(a, composer, trigger, place).catch((error: unknown) =>
      failedInbound(trigger, 'guard-error', t('inbound_check_failed', String(error).slice(0, 100))),
    );
  }

  /** Pasted or dropped text held while the organisation's settings were on their way. */
  async function afterPolicy(
    text: string,
    composer: HTMLElement,
    trigger: 'paste' | 'drop',
    place: () => void,
  ): Promise<void> {
    if (!(await waitForPolicy(ctx.policy))) {
      const why = t('policy_unread', String(POLICY_WAIT_MS / 1000));
      if (!failedInbound(trigger, 'policy-unread', why)) return;
    }
    await tripwire.sync();
    const a = await assessChunked(text, settings());
    if (a.flagged.length === 0 || monitor()) {
      if (a.flagged.length > 0) reportDecision({ action: 'monitored', trigger, flagged: a.flagged });
      place();
      await nextTask();
      if (!(await insertAtSelection(composer, text)))
        failedInbound(trigger, 'insert-failed', t('inbound_insert_failed'));
      return;
    }
    await handleText(a, composer, trigger, place);
  }

  async function handleText(
    a: Assessment,
    composer: HTMLElement,
    trigger: 'paste' | 'drop',
    place: () => void,
  ): Promise<void> {
    tripwire.flag(tripwireValues(a.flagged));
    if (a.verdict === 'block') {
      reportDecision({ action: 'blocked', trigger, flagged: a.flagged });
      const blocking = a.flagged.filter((f) => f.action === 'block');
      const kinds = blocking
        .slice(0, 3)
        .map((f) => maskPreview(f.finding.type, f.value))
        .join(', ');
      showNotice('error', t(`inbound_blocked_title_${trigger}`), tCount('inbound_blocked', blocking.length, kinds));
      return;
    }
    let toRedact = a.flagged;
    let approved: Flagged[] = [];
    let reason: string | undefined;
    if (a.verdict === 'warn') {
      reportDecision({ action: 'warned', trigger, flagged: a.flagged });
      const s = settings();
      const choice = await openReview({
        title: t(`inbound_review_title_${trigger}`),
        intro: tCount('inbound_review', a.flagged.length),
        items: reviewItems(a.flagged),
        allowAnyway: s.allowSendAnyway,
        requireReason: s.requireReason,
        labels: {
          redact: t(`inbound_redact_${trigger}`),
          anyway: t(`inbound_anyway_${trigger}`),
          edit: t('review_cancel'),
        },
      });
      if (choice.kind === 'edit') {
        place();
        return;
      }
      if (choice.kind === 'anyway') {
        toRedact = a.flagged.filter((f) => f.action === 'redact');
        approved = a.flagged.filter((f) => f.action === 'warn');
        reason = choice.reason;
        await tripwire.unflag(allValues(approved));
      }
    }
    const inserted = toRedact.length > 0 ? await vault.redact(a.text, toRedact) : { text: a.text, local: false };
    place();
    await nextTask();
    const ok = await insertAtSelection(composer, inserted.text);
    const now = readComposer(composer);
    const leaked = [...new Set(toRedact.map((f) => f.value))].some((v) => now.includes(v));
    if (!ok || leaked) {
      failedInbound(trigger, 'insert-failed', t('inbound_redact_failed'));
      return;
    }
    if (approved.length > 0) {
      reportDecision({ action: 'sent-anyway', trigger, flagged: approved, ...(reason ? { reason } : {}) });
    }
    if (toRedact.length > 0) {
      reportDecision({ action: 'redacted', trigger, flagged: toRedact });
      showNotice('info', t(`inbound_redacted_title_${trigger}`), tCount('inbound_redacted', toRedact.length));
    }
  }

  const onPaste = (event: ClipboardEvent): void => {
    if (!event.isTrusted || !active()) return;
    if (busy()) return holdWhileBusy(event);
    const data = event.clipboardData;
    if (!data) return;
    const files = [...data.files];
    const composer = target(event.target);
    if (files.length > 0 && (composer || editableRoot(event.target))) {
      stopEvent(event);
      const at = event.target as HTMLElement;
      void attach(files, 'paste', (dt) =>
        at.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }),
        ),
      );
      return;
    }
    if (!composer) return;
    const text = data.getData('text/plain');
    if (!text) return;
    const html = isTextArea(composer) ? '' : data.getData('text/html');
    const rich = html ? readRichPaste(html) : undefined;
    if (rich?.hidden.length) {
      // A rich editor inserts the HTML's hidden text too: that is what is scanned, and the user hears of it.
      const preview = rich.hidden.join(' … ').slice(0, 160);
      showNotice('warning', t('paste_hidden_title'), t('paste_hidden', preview));
      inboundText(event, rich.text, composer, 'paste', saveSelection(composer));
      return;
    }
    inboundText(event, text, composer, 'paste', saveSelection(composer));
  };

  /** While a send is being decided, nothing reaches a composer unchecked: the paste or drop is dropped, and said so. */
  const holdWhileBusy = (event: Event): void => {
    if (!target(event.target) && !editableRoot(event.target)) return;
    stopEvent(event);
    showNotice('warning', t('inbound_busy_title'), t('inbound_busy'));
  };

  let draggingFromComposer = false;
  const onDragStart = (event: DragEvent): void => {
    draggingFromComposer = target(event.target) !== null;
  };

  const onDrop = (event: DragEvent): void => {
    const internal = draggingFromComposer;
    draggingFromComposer = false;
    if (!event.isTrusted || !active()) return;
    if (busy()) return holdWhileBusy(event);
    const dt = event.dataTransfer;
    if (!dt) return;
    const files = [...dt.files];
    if (files.length > 0) {
      stopEvent(event);
      const at = event.target as HTMLElement;
      const { clientX, clientY } = event;
      void attach(files, 'drop', (next) =>
        at.dispatchEvent(
          new DragEvent('drop', {
            dataTransfer: next,
            clientX,
            clientY,
            bubbles: true,
            cancelable: true,
            composed: true,
          }),
        ),
      );
      return;
    }
    const composer = target(event.target);
    if (!composer || internal) return; // moving text within the composer is not new text
    const text = dt.getData('text/plain');
    if (!text) return;
    const { clientX, clientY } = event;
    const place = (): void => {
      composer.focus();
      if (isTextArea(composer)) return;
      const range = document.caretRangeFromPoint?.(clientX, clientY);
      if (range && composer.contains(range.startContainer)) {
        const s = getSelection();
        s?.removeAllRanges();
        s?.addRange(range);
      }
    };
    inboundText(event, text, composer, 'drop', place);
  };

  // ---------------------------------------------------------------------------------------------
  // Files: picker (input[type=file]), drop, paste

  interface Checked {
    file: File;
    text?: string;
    a?: Assessment;
    /** A document read in the background: where each finding is, and the bytes for the rewrite. */
    doc?: DocumentRead;
    /** A file Veil cannot read (binary type, or too large). */
    other: boolean;
    /** Why, when Veil tried. */
    problem?: FileProblem;
  }

  async function check(file: File): Promise<Checked> {
    if (!isTextLike(file) && isReadableDocument(file.name, file.type)) {
      const read = await readDocument(file);
      if (!read.ok) return { file, other: true, problem: read.reason };
      const a = assessFindings(read.doc.text, read.doc.findings, settings());
      return { file, text: read.doc.text, a, doc: read.doc, other: false };
    }
    if (!isTextLike(file) || file.size > MAX_FILE_BYTES) return { file, other: true };
    const text = await file.text();
    const s = settings();
    const fast = await assessChunked(text, s);
    // Names and places too, from the background (a file upload can wait for it).
    const findings = text.length <= FULL_LIMIT ? await full.request(text, 3000) : undefined;
    return { file, text, a: findings ? withFullFindings(fast, findings, s) : fast, other: false };
  }

  /**
   * Scans files, applies the policy, then hands the resulting list to `deliver` (a redacted copy in
   * place of each text file with redacted values). Resolves false when nothing may be attached.
   */
  async function attach(
    files: File[],
    trigger: InboundTrigger,
    deliver: (dt: DataTransfer) => void,
    cancel?: () => void,
  ): Promise<void> {
    let checked: Checked[];
    // Progress for anything that takes over a second (documents are read in the background).
    const progress = setTimeout(
      () => showNotice('info', t('file_checking_title'), t('file_checking', files.map((f) => f.name).join(', '))),
      1000,
    );
    try {
      checked = await Promise.all(files.map(check));
    } catch (error) {
      if (failedInbound('file', 'read-error', t('file_read_error', String(error).slice(0, 80))))
        deliver(toTransfer(files));
      else cancel?.();
      return;
    } finally {
      clearTimeout(progress);
    }
    const flaggedAll = checked.flatMap((c) => c.a?.flagged ?? []);
    const others = checked.filter((c) => c.other);
    if (monitor()) {
      if (flaggedAll.length) reportDecision({ action: 'monitored', trigger: 'file', flagged: flaggedAll });
      deliver(toTransfer(files));
      return;
    }
    await flagInSteps(tripwireValues(flaggedAll));
    const blocked = checked.filter((c) => c.a?.verdict === 'block');
    const otherAction = settings().otherFiles;
    if (blocked.length > 0 || (others.length > 0 && otherAction === 'block')) {
      reportDecision({
        action: 'blocked',
        trigger: 'file',
        flagged: flaggedAll,
        ...(blocked.length ? {} : { detail: 'file-type' }),
      });
      const names = [...blocked, ...(otherAction === 'block' ? others : [])]
        .map((c) => c.file.name)
        .slice(0, 3)
        .join(', ');
      const problem = others.find((c) => c.problem)?.problem;
      showNotice(
        'error',
        t('file_blocked_title'),
        blocked.length
          ? t('file_blocked_values', names)
          : problem
            ? t('file_blocked_unreadable', names, reasonText(problem))
            : t('file_blocked_type', names),
      );
      cancel?.();
      return;
    }
    const warnText = checked.filter((c) => c.a?.verdict === 'warn');
    const warnOther = otherAction === 'warn' ? others : [];
    let approve = false;
    let reason: string | undefined;
    if (warnText.length > 0 || warnOther.length > 0) {
      reportDecision({
        action: 'warned',
        trigger: 'file',
        flagged: flaggedAll,
        ...(warnOther.length ? { detail: 'file-type' } : {}),
      });
      const s = settings();
      const items: ReviewItem[] = [...warnText.flatMap(fileItems), ...warnOther.map(otherItem)];
      const choice = await openReview({
        title: t('file_review_title'),
        intro: tCount('file_review', items.length),
        items,
        allowAnyway: s.allowSendAnyway,
        requireReason: s.requireReason,
        labels: { redact: t('file_redact'), anyway: t('file_anyway'), edit: t('review_cancel') },
      });
      if (choice.kind === 'edit') {
        cancel?.();
        return;
      }
      approve = choice.kind === 'anyway';
      reason = choice.kind === 'anyway' ? choice.reason : undefined;
    }
    const out: File[] = [];
    const textCopies: string[] = [];
    const redacted: Flagged[] = [];
    const approved: Flagged[] = [];
    for (const c of checked) {
      if (c.other) {
        if (otherAction === 'allow' || approve) out.push(c.file);
        continue;
      }
      const toRedact = (c.a?.flagged ?? []).filter((f) => !approve || f.action === 'redact');
      approved.push(...(c.a?.flagged ?? []).filter((f) => approve && f.action !== 'redact'));
      if (toRedact.length === 0) {
        out.push(c.file);
        continue;
      }
      const v = await vault.redact(c.text!, toRedact);
      redacted.push(...toRedact);
      if (c.doc) {
        const copy = await redactedDocument(c.file, c.doc, toRedact, v.text);
        if (copy.asText) textCopies.push(copy.file.name);
        out.push(copy.file);
        continue;
      }
      out.push(new File([v.text], c.file.name, { type: c.file.type, lastModified: c.file.lastModified }));
    }
    if (approved.length) await tripwire.unflag(allValues(approved));
    if (out.length === 0) {
      cancel?.();
      return;
    }
    deliver(toTransfer(out));
    const decision: Pick<Decision, 'trigger'> = { trigger: 'file' };
    if (approve)
      reportDecision({ ...decision, action: 'sent-anyway', flagged: approved, ...(reason ? { reason } : {}) });
    if (redacted.length) {
      reportDecision({ ...decision, action: 'redacted', flagged: redacted });
      const asText = textCopies.length ? ` ${t('file_text_copy', textCopies.join(', '))}` : '';
      showNotice('info', t('file_redacted_title'), tCount('file_redacted', redacted.length) + asText);
    }
  }

  /** A document's findings name the file and where in it (page, sheet and cell, slide); hidden content gets its own line. */
  function fileItems(c: Checked): ReviewItem[] {
    const items = reviewItems(c.a!.flagged).map((item, i) => {
      const where = c.doc ? whereAt(c.doc.segments, c.a!.flagged[i]!.finding.start) : '';
      return { ...item, label: t('file_item', item.label, where ? t('file_where', c.file.name, where) : c.file.name) };
    });
    if (c.doc?.hidden.length)
      items.push({
        label: t('file_hidden_label', c.file.name),
        preview: c.doc.hidden.join(', '),
        why: t('file_hidden_why'),
      });
    return items;
  }

  const otherItem = (c: Checked): ReviewItem => ({
    label: c.file.name,
    preview: c.file.type || t('file_kind'),
    why: c.problem
      ? t('file_unreadable_reason', reasonText(c.problem), t('file_anyway'))
      : t('file_unreadable', t('file_anyway')),
  });

  /**
   * A document can flag thousands of values; fingerprinting them for the tripwire in one go held the
   * page for 60-170 ms with 4,500 values (measured in files.e2e), so it goes in steps with a yield.
   */
  async function flagInSteps(all: readonly string[]): Promise<void> {
    for (let i = 0; i < all.length; i += FLAG_STEP) {
      tripwire.flag(all.slice(i, i + FLAG_STEP));
      if (i + FLAG_STEP < all.length) await nextTask();
    }
  }

  const toTransfer = (files: readonly File[]): DataTransfer => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    return dt;
  };

  /** input[type=file]: `input` then `change` fire back to back; both are held until the files are checked. */
  const holding = new WeakSet<HTMLInputElement>();
  let redelivering = false;
  const onFileEvent = (event: Event): void => {
    if (redelivering || !event.isTrusted || !active()) return;
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files?.length) return;
    event.stopImmediatePropagation();
    if (holding.has(input)) {
      if (event.type === 'change') holding.delete(input);
      return;
    }
    holding.add(input);
    if (event.type === 'change') holding.delete(input); // no `input` came first
    const files = [...input.files];
    void attach(
      files,
      'file',
      (dt) => {
        input.files = dt.files;
        redelivering = true;
        try {
          input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          input.dispatchEvent(new Event('change', { bubbles: true }));
        } finally {
          redelivering = false;
        }
      },
      () => {
        input.value = '';
      },
    );
  };

  const o = { capture: true, signal };
  window.addEventListener('paste', onPaste, o);
  window.addEventListener('dragstart', onDragStart, o);
  window.addEventListener('drop', onDrop, o);
  window.addEventListener('input', onFileEvent, o);
  window.addEventListener('change', onFileEvent, o);
}
