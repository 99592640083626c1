/**
 * The background's check that a preview is masked (made by `maskPreview` from the detector:
 * `j***@e***.com`, `**** 4242`, `sk-proj-********`). The content script runs beside an untrusted
 * page, so a preview that could still be the value is refused rather than stored.
 *
 * Pure; the detector is passed in (`findsValue`) so the rules can be tested on their own.
 */

export const MASK = '*';
export const MAX_PREVIEW_LENGTH = 64;
/** Most letters and digits a preview may show in all (secret prefixes such as `github_pat_` count). */
export const MAX_VISIBLE = 24;
/** Longest run of letters and digits shown together: words of a key header pass, a value does not. */
export const MAX_RUN = 8;
/** Most digits shown: the last four of a card, IBAN or SSN. */
export const MAX_DIGITS = 4;

/** Why a preview may not be stored, or undefined when it is properly masked. */
export function previewProblem(preview: string, findsValue: (text: string) => boolean): string | undefined {
  if (preview.length === 0 || preview.length > MAX_PREVIEW_LENGTH) {
    return `must be 1 to ${MAX_PREVIEW_LENGTH} characters`;
  }
  if (/[\p{Cc}\p{Cf}]/u.test(preview)) return 'contains control or invisible characters';
  if (/^\[\d{1,5} invisible\]$/.test(preview)) return undefined; // INVISIBLE_TEXT: a count, no content
  const masked = [...preview].filter((c) => c === MASK).length;
  const visible = preview.replace(/[^\p{L}\p{N}]/gu, '');
  const digits = preview.replace(/\D/g, '').length;
  const run = Math.max(0, ...(preview.match(/[\p{L}\p{N}]+/gu) ?? []).map((r) => r.length));
  if (masked < 3) return 'is not masked';
  if (visible.length > MAX_VISIBLE) return `shows ${visible.length} letters or digits (at most ${MAX_VISIBLE})`;
  if (run > MAX_RUN) return `shows ${run} letters or digits in a row (at most ${MAX_RUN})`;
  if (digits > MAX_DIGITS) return `shows ${digits} digits (at most ${MAX_DIGITS})`;
  if (findsValue(preview)) return 'still contains a detectable value';
  return undefined;
}
