import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../repo';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('no text is ever inserted as HTML', () => {
  // The web page is hostile and user text is data: both only ever reach the DOM as text nodes.
  // (Preact's runtime keeps a dangerouslySetInnerHTML path, which Firefox's linter reports; this
  // test proves Veil never takes it.)
  it.each(sourceFiles(repoPath('src')).map((f) => [f.slice(repoPath().length + 1), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/,
    );
  });
});
