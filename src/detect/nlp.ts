/**
 * The detector's second public entry: everything in index.ts plus `detectFull`, the full path with
 * compromise. Import it only where compromise may load (offscreen document, worker, CLI): it adds ~140 KB
 * gzipped, which the content script (index.ts) must not carry.
 */
export * from './index';
export { detectFull, compromiseBudget } from './nlp/full';
