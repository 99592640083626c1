/**
 * The text of a contenteditable composer together with a map back to its DOM text nodes, so a
 * finding's offsets can become a Range (for highlights) without touching the editor's DOM.
 * Block elements and <br> become one '\n', as the editors' own plain-text views do.
 */

const BLOCKS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'TR', 'UL', 'OL']);

interface Segment {
  node: Text;
  /** offset of the node's first character in `text` */
  start: number;
}

export interface TextMap {
  text: string;
  /** A Range over [start, end) of `text`, or undefined when it does not fall on text nodes. */
  range(start: number, end: number): Range | undefined;
}

export function buildTextMap(root: HTMLElement): TextMap {
  const segments: Segment[] = [];
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: text.length });
        // Non-breaking spaces (how editors keep a trailing space) read as spaces, as readComposer does.
        text += data.replace(/\u00a0/g, ' ');
      }
    } else {
      const tag = (node as Element).tagName;
      if ((tag === 'BR' || BLOCKS.has(tag)) && text.length > 0 && !text.endsWith('\n')) text += '\n';
    }
    node = walker.nextNode();
  }

  const locate = (offset: number, preferEnd: boolean): { node: Text; offset: number } | undefined => {
    // Binary search for the last segment starting at or before offset.
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid]!.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return undefined;
    let seg = segments[found]!;
    // An end offset exactly at a segment start belongs to the end of the previous segment.
    if (preferEnd && seg.start === offset && found > 0) seg = segments[found - 1]!;
    const within = Math.min(offset - seg.start, seg.node.data.length);
    return { node: seg.node, offset: within };
  };

  return {
    text,
    range(start, end) {
      const a = locate(start, false);
      const b = locate(end, true);
      if (!a || !b) return undefined;
      try {
        const r = document.createRange();
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
        return r;
      } catch {
        return undefined;
      }
    },
  };
}
