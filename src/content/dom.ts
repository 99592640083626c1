/** Selector lookups that tolerate invalid selectors (they can come from policy). */

export const closestMatch = (target: EventTarget | null, selectors: readonly string[]): HTMLElement | null => {
  if (!(target instanceof Element)) return null;
  for (const selector of selectors) {
    try {
      const hit = target.closest<HTMLElement>(selector);
      if (hit) return hit;
    } catch {
      // invalid selector (from policy): skip
    }
  }
  return null;
};

export const firstMatch = (selectors: readonly string[], within: ParentNode = document): HTMLElement | null => {
  for (const selector of selectors) {
    try {
      const hit = within.querySelector<HTMLElement>(selector);
      if (hit) return hit;
    } catch {
      // invalid selector: skip
    }
  }
  return null;
};

/**
 * Enter that sends: not Shift/Alt (new line), and never while an IME composition is open.
 * Ctrl/Cmd+Enter counts too: sites that send with it are guarded; where it inserts a line, the
 * text is only checked (and redacted) a little early.
 */
export function isSendKey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'isComposing' | 'keyCode'>,
): boolean {
  if (event.key !== 'Enter' && event.code !== 'Enter' && event.code !== 'NumpadEnter') return false;
  if (event.shiftKey || event.altKey) return false;
  // keyCode 229 is what Chromium reports for the Enter that commits an IME composition.
  return !event.isComposing && event.keyCode !== 229;
}

/** Veil takes the event over: the page's listeners never see it. */
export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Resolves in the next task: an editor has finished handling focus and selection by then, and a
 * long scan lets the page's own work run between chunks.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
