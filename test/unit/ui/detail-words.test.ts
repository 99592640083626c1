/**
 * src/ui/shared/detail-words.ts: every code the content script and the background record as an
 * audit `detail` (or a health reason) has words in the popup, shown here in German.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readRepoFile, repoPath } from '../repo';
import { format, loadMessages } from './chrome-i18n';

const de = loadMessages('de');
vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: {
      getMessage: (key: string, subs: string[] = []): string => format(de, key, subs),
      getUILanguage: (): string => 'de',
    },
  },
}));

const { detailText, reasonText } = await import('../../../src/ui/shared/detail-words');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/** Fixed codes recorded by the extension: `detail: '…'`, `failed(…, '…'` and the health Reason union. */
function recordedCodes(): string[] {
  const codes = new Set<string>();
  for (const file of [...sources(repoPath('src/content')), ...sources(repoPath('src/background'))]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bdetail: '([^']+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/\bfailed(?:Inbound)?\((?:[\w.]+, )+'([^']+)'/g)) codes.add(m[1]!);
    for (const m of text.matchAll(/\bdetail: settings\.\w+ \? '([^']+)' : '([^']+)'/g)) {
      codes.add(m[1]!);
      codes.add(m[2]!);
    }
  }
  const union = /export type Reason =\s*([^;]+);/.exec(readRepoFile('src/content/health.ts'))![1]!;
  for (const m of union.matchAll(/'([^']+)'/g)) codes.add(m[1]!);
  return [...codes].sort();
}

describe('detail codes in words', () => {
  it('finds the codes in the source (the scan is not empty by mistake)', () => {
    expect(recordedCodes()).toEqual(
      expect.arrayContaining(['composer-not-found', 'rewrite-failed', 'file-type', 'ai-use-notice required']),
    );
  });

  it.each(recordedCodes())('%s has words', (code) => {
    const words = detailText(code);
    expect(words).not.toBe(code);
    expect(words.length).toBeGreaterThan(0);
  });

  it('words network decisions with the way out and the host', () => {
    expect(detailText('beacon:chatgpt.com')).toBe('eine Anfrage per beacon an chatgpt.com wurde gestoppt');
    expect(detailText('unreadable-body:fetch:claude.ai')).toBe(
      'eine Anfrage per fetch an claude.ai konnte nicht geprüft werden',
    );
  });

  it('shows a code it does not know as recorded', () => {
    expect(detailText('some-future-code')).toBe('some-future-code');
    expect(detailText('ftp:example.com')).toBe('ftp:example.com');
    expect(reasonText('stale')).toBe(format(de, 'degraded_stale'));
  });
});
