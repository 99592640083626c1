/**
 * Reading and rewriting a chat composer through the editor's own input pipeline.
 *
 * Never set the DOM text directly: ProseMirror, TipTap, Quill and Lexical keep their own model and
 * either revert foreign mutations (Lexical) or re-parse them lossily. `execCommand('insertText')`
 * produces the same trusted beforeinput/input events as typing, so every editor updates its model.
 * Measured on fixtures built from the real libraries: ../shared/reference/chat-sites.md §2.
 */

import { timed } from './stats';
import { nextTask } from './dom';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Pauses (ms) between selecting and writing, per try. */
const PAUSES = [0, 25, 80] as const;
/** `document.execCommand('insertText')`, timed: the editor does its own work inside it. */
const insertText = (text: string): void => void timed('insert', () => document.execCommand('insertText', false, text));

export const isTextArea = (el: Element): el is HTMLTextAreaElement => el instanceof HTMLTextAreaElement;

/** The composer's text as the user sees it, one `\n` per line break or paragraph. */
export function readComposer(el: HTMLElement): string {
  if (isTextArea(el)) return el.value;
  // innerText follows rendered line breaks; editors end with a trailing break we do not count.
  return el.innerText.replace(/\n+$/, '').replace(/\u00a0/g, ' ');
}

/** Compare as editors normalise: ignore trailing newlines and non-breaking spaces. */
export const sameText = (a: string, b: string): boolean =>
  a.replace(/\u00a0/g, ' ').replace(/\s+$/, '') === b.replace(/\u00a0/g, ' ').replace(/\s+$/, '');

function selectAll(el: HTMLElement): void {
  el.focus();
  if (isTextArea(el)) {
    el.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function pasteInto(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  timed('insert', () =>
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })),
  );
}

/** The editable root around `target` (a textarea or the outermost contenteditable), if any. */
export function editableRoot(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const area = target.closest('textarea');
  if (area) return area;
  let node = target.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  while (node?.parentElement?.closest('[contenteditable]:not([contenteditable="false"])')) {
    node = node.parentElement.closest<HTMLElement>('[contenteditable]:not([contenteditable="false"])');
  }
  return node;
}

/**
 * Inserts `text` at the editor's current selection, as a paste would (the guard has already stopped
 * the user's own paste or drop). Rich editors get a synthetic paste, which they parse in their own
 * code like a real one; a textarea, or an editor that ignored it, gets `insertText`. Resolves true
 * when the composer's text changed.
 */
export async function insertAtSelection(el: HTMLElement, text: string): Promise<boolean> {
  const before = readComposer(el);
  el.focus();
  if (!isTextArea(el)) {
    pasteInto(el, text);
    await nextTask();
    if (readComposer(el) !== before) return true;
  }
  insertText(text);
  await nextTask();
  return readComposer(el) !== before;
}

/**
 * Replaces the whole composer text with `next` and reads it back. Resolves true only when the editor
 * now holds exactly `next`; the caller must block the send otherwise.
 */
export async function rewriteComposer(el: HTMLElement, next: string): Promise<boolean> {
  // Lexical drops newlines from insertText (measured 2026-11); it takes multi-line text by paste.
  const lexicalMultiline = el.matches('[data-lexical-editor="true"]') && next.includes('\n');
  // Lexical and ProseMirror sync their selection on `selectionchange`, a task of its own: one
  // macrotask is enough on an idle page, but a busy page may run our timer first. Try again with
  // longer pauses before giving up (each try replaces everything, so a half-done try is undone).
  for (const pause of PAUSES) {
    selectAll(el);
    await wait(pause);
    if (lexicalMultiline) pasteInto(el, next);
    else insertText(next);
    await nextTask();
    if (sameText(readComposer(el), next)) return true;
  }

  // Fallback 1: a synthetic paste, which rich editors handle in their own code.
  if (!isTextArea(el)) {
    for (const pause of PAUSES) {
      selectAll(el);
      await wait(pause);
      pasteInto(el, next);
      await nextTask();
      if (sameText(readComposer(el), next)) return true;
    }
    return false;
  }
  // Fallback 2: from the isolated world a plain assignment reaches React's change tracking
  // (React's value tracker lives on the page's side of the element; measured 2026-11).
  el.value = next;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await nextTask();
  return sameText(readComposer(el), next);
}
