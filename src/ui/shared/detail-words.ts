/**
 * The codes Veil records in an audit event's `detail` (and a page's health reasons), in the user's
 * language. The event keeps the code (stable, searchable, exported as is); only the popup words it.
 * A code this table does not know (an older or newer version's) is shown as recorded.
 */
import { t, type MessageKey } from '../../platform/i18n';

const WORDS: Record<string, MessageKey> = {
  // health reasons (src/content/health.ts)
  'composer-not-found': 'degraded_composer_not_found',
  'send-button-not-found': 'degraded_send_button_not_found',
  'tripwire-unavailable': 'degraded_tripwire_unavailable',
  'tripwire-narrowed': 'degraded_tripwire_narrowed',
  stale: 'degraded_stale',
  // guard and inbound failures (src/content/guard/)
  'rewrite-failed': 'detail_rewrite_failed',
  'guard-error': 'detail_guard_error',
  'detect-error': 'detail_detect_error',
  'full-path-unavailable': 'detail_full_path_unavailable',
  'too-large': 'detail_too_large',
  'policy-unread': 'detail_policy_unread',
  'insert-failed': 'detail_insert_failed',
  'read-error': 'detail_read_error',
  'file-type': 'detail_file_type',
  // AI-use notice (src/content/replies/ai-notice.ts, src/background/ai-notice-state.ts)
  'ai-notice-not-acknowledged': 'detail_ai_notice_not_acknowledged',
  'ai-use-notice': 'detail_ai_use_notice',
  'ai-use-notice required': 'detail_ai_use_notice_required',
};

/** The tripwire's ways out of a page (src/page/channel.ts `Via`). */
const VIAS = new Set(['fetch', 'xhr', 'websocket', 'beacon']);

/** One health reason or detail code in words; unknown codes as they are. */
export function reasonText(code: string): string {
  const key = WORDS[code];
  return key ? t(key) : code;
}

/**
 * An event's `detail` in words. Network decisions carry `via:host` (stopped) or
 * `unreadable-body:via:host` (could not be checked).
 */
export function detailText(detail: string): string {
  const parts = detail.split(':');
  if (parts.length >= 2 && VIAS.has(parts[0]!)) return t('detail_network_stopped', parts[0]!, parts.slice(1).join(':'));
  if (parts[0] === 'unreadable-body' && parts.length >= 3 && VIAS.has(parts[1]!))
    return t('detail_network_unreadable', parts[1]!, parts.slice(2).join(':'));
  return reasonText(detail);
}
