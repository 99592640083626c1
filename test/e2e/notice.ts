import type { Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function textOf(node: DomNode): string {
  if (node.nodeName === '#text') return node.nodeValue ?? '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join(' ');
}

function find(node: DomNode, name: string): DomNode | undefined {
  if (node.nodeName.toLowerCase() === name) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The text of Veil's in-page notice. It sits in a closed shadow root that neither the page nor
 * Playwright's selectors can enter; the DevTools protocol (as a screen reader's view) can.
 */
export async function noticeText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const host = find(root, 'veil-notice');
    return host ? textOf(host).replace(/\s+/g, ' ').trim() : '';
  } finally {
    await cdp.detach();
  }
}
