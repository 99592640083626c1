/**
 * `detect/full`: the detector's full path (fast recognizers plus compromise for names and places),
 * in the service worker, off every page's main thread. compromise costs ~12 ms per 2,000
 * characters once loaded, and ~0.3 s to load; texts above MAX_FULL_TEXT are left to the fast path
 * (the content script says so in the audit trail).
 */
import { detectFull } from '../detect/nlp';
import type { Finding } from '../detect';
import type { Runtime } from '../platform/browser';
import { currentSettings } from './settings';

export const MAX_FULL_TEXT = 100_000;

export async function runFullDetection(
  request: unknown,
  _sender: Runtime.MessageSender,
): Promise<{ findings: Finding[] }> {
  const text = (request as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || text.length > MAX_FULL_TEXT)
    throw new Error('Veil: detect/full takes {text} up to 100,000 characters');
  const { settings } = await currentSettings();
  const findings = detectFull(text, {
    minScore: settings.minScore,
    customKeywords: settings.customKeywords,
    customPatterns: settings.customPatterns,
  });
  return { findings };
}
