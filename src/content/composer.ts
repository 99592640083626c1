/**
 * Reading and rewriting a chat composer through the editor's own input pipeline.
 *
 * Never set the DOM text directly: ProseMirror, TipTap, Quill and Lexical keep their own model and
 * either revert foreign mutations (Lexical) or re-parse them lossily. `execCommand('insertText')`
 * produces the same trusted beforeinput/input events as typing, so every editor updates its model.
 * Measured on fixtures built from the real libraries: ../shared/reference/chat-sites.md §2.
 */

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

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
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/**
 * Replaces the whole composer text with `next` and reads it back. Resolves true only when the editor
 * now holds exactly `next`; the caller must block the send otherwise.
 */
export async function rewriteComposer(el: HTMLElement, next: string): Promise<boolean> {
  // Lexical drops newlines from insertText (measured 2026-11); it takes multi-line text by paste.
  const lexicalMultiline = el.matches('[data-lexical-editor="true"]') && next.includes('\n');
  selectAll(el);
  // Lexical and ProseMirror sync their selection on `selectionchange`, which fires after this task.
  await settle();
  if (lexicalMultiline) pasteInto(el, next);
  else document.execCommand('insertText', false, next);
  await settle();
  if (sameText(readComposer(el), next)) return true;

  // Fallback 1: a synthetic paste, which rich editors handle in their own code.
  if (!isTextArea(el)) {
    selectAll(el);
    await settle();
    pasteInto(el, next);
    await settle();
    return sameText(readComposer(el), next);
  }
  // Fallback 2: from the isolated world a plain assignment reaches React's change tracking
  // (React's value tracker lives on the page's side of the element; measured 2026-11).
  el.value = next;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
  return sameText(readComposer(el), next);
}
