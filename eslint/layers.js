// @ts-check
/**
 * Veil's layers, enforced by lint: which parts of src/ each part may import. Shared code sits
 * below the parts that use it, so a part never reaches sideways or up. `detect` and `sites` are
 * pure and import nothing of the extension; the content script never imports the UI; the UI and
 * the service worker never import the content script. Packages are checked elsewhere (the
 * webextension-polyfill and src/detect rules in eslint.config.js).
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** @type {Record<string, readonly string[]>} part → parts it may import (itself always allowed) */
export const LAYERS = {
  shared: [],
  detect: [],
  sites: [],
  page: [],
  // Document readers and OCR helpers: pure but for service.ts (base64 over the message protocol).
  files: ['shared', 'messages'],
  platform: ['shared', 'messages', 'public'],
  policy: ['shared', 'detect', 'sites'],
  exfil: ['shared', 'detect'],
  audit: ['shared', 'detect'],
  messages: ['shared', 'detect', 'policy', 'audit', 'files'],
  cli: ['shared', 'detect', 'files'],
  content: ['shared', 'detect', 'sites', 'policy', 'platform', 'messages', 'exfil', 'audit', 'page', 'files'],
  background: ['shared', 'detect', 'sites', 'policy', 'platform', 'messages', 'exfil', 'audit', 'files'],
  offscreen: ['shared', 'platform', 'messages', 'files'],
  ui: ['shared', 'detect', 'sites', 'policy', 'platform', 'messages', 'audit', 'public'],
};

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

/** The part a file belongs to: `src/<part>/...`, `src/<part>.ts`, or `public`; undefined elsewhere. */
export function partOf(file) {
  const rel = relative(ROOT, file).split(sep);
  if (rel[0] === 'public') return 'public';
  if (rel[0] !== 'src' || rel.length < 2) return undefined;
  return rel[1].replace(/\.(ts|tsx)$/, '');
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "imports follow Veil's layers (eslint/layers.js)" },
    schema: [],
  },
  create(context) {
    const from = partOf(context.filename);
    if (!from || !(from in LAYERS)) return {};
    const allowed = new Set([from, ...LAYERS[from]]);
    /** @param {import('estree').Node & { source?: import('estree').Literal | null }} node */
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = partOf(resolve(dirname(context.filename), spec));
      if (to && !allowed.has(to)) {
        context.report({ node, message: `src/${from} may not import src/${to} (layers: eslint/layers.js).` });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers: rule } };
