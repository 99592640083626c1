/** The locale files as Chrome reads them, for the i18n unit tests. */
import { readRepoFile } from '../repo';

export type Messages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string }> }
>;

export const loadMessages = (lang: string): Messages =>
  JSON.parse(readRepoFile('public', '_locales', lang, 'messages.json')) as Messages;

/** What chrome.i18n.getMessage does with named placeholders ($NAME$ -> content -> $1 ...). */
export function format(messages: Messages, key: string, subs: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  return m.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}
