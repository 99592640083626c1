import type { ESLint } from 'eslint';

export const LAYERS: Record<string, readonly string[]>;
export function partOf(file: string): string | undefined;
declare const plugin: ESLint.Plugin;
export default plugin;
