/**
 * Rich paste: the clipboard's HTML can carry text the user never saw (display:none, zero-size,
 * off-screen, transparent or white-on-white), which is how instructions are smuggled into prompts.
 * A rich editor inserts that text along with the rest, so Veil scans the HTML's whole text and
 * tells the user what was hidden. The HTML is parsed into an inert document (DOMParser: no script
 * runs, nothing loads) and never inserted by Veil.
 */

/** An inline style that keeps an element's text from being seen. */
export function hidesText(style: string): boolean {
  const s = style.toLowerCase().replace(/\s+/g, '');
  return (
    /(^|;)display:none/.test(s) ||
    /(^|;)visibility:(hidden|collapse)/.test(s) ||
    /(^|;)opacity:0(\.0+)?(;|$)/.test(s) ||
    /(^|;)font-size:(0|0?\.\d+|1)(px|pt|em|rem)?(;|$)/.test(s) ||
    /(^|;)(color:(transparent|rgba\([^)]*,0\))|color:(#fff(fff)?|white)(;|$))/.test(s) ||
    /(^|;)(left|top|text-indent|margin-left):-\d{3,}/.test(s) ||
    /(^|;)clip-path:inset\(50%\)/.test(s) ||
    /(^|;)(width|height):0(px)?;.*overflow:hidden|overflow:hidden;.*(width|height):0(px)?(;|$)/.test(s)
  );
}

export interface RichPaste {
  /** All the text the HTML holds (what a rich editor inserts), block elements on their own lines. */
  text: string;
  /** The pieces a reader would not see. */
  hidden: string[];
}

const BLOCK = /^(P|DIV|LI|TR|H[1-6]|BR|PRE|BLOCKQUOTE|SECTION|ARTICLE|TABLE)$/;

export function readRichPaste(html: string): RichPaste {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const hidden: string[] = [];
  for (const el of doc.body.querySelectorAll<HTMLElement>('[style], [hidden], [aria-hidden="true"]')) {
    if (!el.hasAttribute('hidden') && !hidesText(el.getAttribute('style') ?? '')) continue;
    if (el.parentElement?.closest('[data-veil-hidden]')) continue; // counted with its hidden ancestor
    el.setAttribute('data-veil-hidden', '');
    const text = (el.textContent ?? '').trim();
    if (text) hidden.push(text);
  }
  for (const el of doc.body.querySelectorAll('script, style, template')) el.remove();
  let text = '';
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCK.test((child as Element).tagName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(child);
        if (block && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(doc.body);
  return { text: text.replace(/[ \t]+\n/g, '\n').trim(), hidden };
}
