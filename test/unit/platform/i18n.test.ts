/**
 * src/ui/shared/i18n.ts against a stand-in for chrome.i18n that formats the real German locale
 * file as Chrome does, and that throws once the extension context is gone (as Chrome does for a
 * content script after an extension update).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { format, loadMessages } from '../ui/chrome-i18n';

const de = loadMessages('de');
const state = vi.hoisted(() => ({ alive: true, reads: 0 }));

vi.mock('../../../src/platform/browser', () => ({
  browser: {
    i18n: {
      getMessage(key: string, subs: string[] = []): string {
        if (!state.alive) throw new Error('Extension context invalidated.');
        state.reads++;
        return format(de, key, subs);
      },
      getUILanguage(): string {
        if (!state.alive) throw new Error('Extension context invalidated.');
        return 'de';
      },
    },
  },
}));

const { preloadMessages, t, tAround, tCount, uiLanguage } = await import('../../../src/platform/i18n');

beforeEach(() => {
  state.alive = true;
});

describe('i18n', () => {
  it('fills in substitutions, each where its message puts it', () => {
    expect(t('status_protected', 'ChatGPT')).toBe('Geschützt: Veil prüft, was Sie an ChatGPT senden.');
    expect(t('guard_let_through_one', 1, 'Claude')).toContain('Eingabefeld von Claude nicht und hat 1 Angabe');
    // A value that looks like a placeholder or a mark stays as it is.
    expect(t('ai_notice_title', '$1 \u{E000}1\u{E001}')).toBe('Sie nutzen einen KI-Dienst: $1 \u{E000}1\u{E001}');
  });

  it('shows the key of a message that does not exist', () => {
    expect(t('no_such_key' as Parameters<typeof t>[0])).toBe('no_such_key');
  });

  it('counts: _one for 1, _other otherwise, the number formatted for the language', () => {
    expect(tCount('pill_warn', 1)).toBe('1 Angabe muss geprüft werden');
    expect(tCount('pill_warn', 2)).toBe('2 Angaben müssen geprüft werden');
    expect(tCount('pill_warn', 0)).toBe('0 Angaben müssen geprüft werden');
    expect(tCount('guard_redacted', 1200)).toBe('1.200 Angaben vor dem Senden durch Platzhalter ersetzt.');
    expect(tCount('guard_blocked', 1, 'j***@e***.com')).toContain('(j***@e***.com)');
  });

  it('splits a message around the piece the caller renders itself', () => {
    const [before, after] = tAround('blocked_intro');
    expect(before).toBe('Ihre Organisation erlaubt ');
    expect(after.startsWith(' nicht. Was Sie')).toBe(true);
  });

  it('reads each message once, and still answers after the extension context is gone', () => {
    preloadMessages(['health_stale_title', 'health_stale', 'pill_redact_one', 'pill_redact_other']);
    expect(uiLanguage()).toBe('de');
    const reads = state.reads;
    state.alive = false;
    expect(t('health_stale_title')).toBe('Veil wurde aktualisiert');
    expect(tCount('pill_redact', 3)).toBe('3 Angaben werden ersetzt');
    expect(state.reads).toBe(reads);
    // Never read before: the key, not an exception that would stop the guard.
    expect(t('risk_link_title')).toBe('risk_link_title');
  });
});
