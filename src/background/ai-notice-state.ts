/**
 * The AI-use notice's memory: per site, which policy version the notice was last shown and
 * acknowledged under. Kept in `storage.local` (it must outlive the browser session: the notice
 * shows on the first visit, and again only when `policyVersion` changes). Only the background
 * writes it; the site comes from the browser's sender record, never from the payload.
 *
 * An acknowledgement is recorded in the audit trail BEFORE it is stored: if the audit write fails,
 * the acknowledgement fails and the composer stays guarded.
 */
import type { AuditEventInput } from '../audit/types';
import { siteForUrlWith, type ExtraSiteEntry } from '../sites';
import type { NoticeState } from '../messages';
import { browser, type Runtime } from '../platform/browser';
import { recordAudit } from './audit';
import { currentSettings } from './settings';

export const NOTICE_KEY = 'notice';

interface SiteNotice {
  /** policyVersion the times below are about */
  version: string;
  seenAt?: number;
  acknowledgedAt?: number;
}

type Stored = Record<string, SiteNotice>;

function senderSite(
  sender: Runtime.MessageSender,
  extraSites: readonly ExtraSiteEntry[],
): { site: string; host: string } {
  let url: URL;
  try {
    url = new URL(sender.url ?? '');
  } catch {
    throw new Error('Veil: notice messages need a sender URL');
  }
  const site = siteForUrlWith(url, extraSites)?.id;
  if (!site) throw new Error('Veil: notice messages come from supported sites only');
  return { site, host: url.hostname };
}

async function readAll(): Promise<Stored> {
  const stored = (await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Stored) : {};
}

const stateOf = (entry: SiteNotice | undefined, version: string): NoticeState => {
  const current = entry?.version === version ? entry : undefined;
  return {
    seen: current?.seenAt !== undefined,
    acknowledged: current?.acknowledgedAt !== undefined,
    policyVersion: version,
  };
};

// Read-modify-write of one key: one at a time (two tabs acknowledging at once).
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

async function update(site: string, version: string, change: (entry: SiteNotice) => void): Promise<NoticeState> {
  return serialised(async () => {
    const all = await readAll();
    const entry: SiteNotice = all[site]?.version === version ? { ...all[site]! } : { version };
    change(entry);
    all[site] = entry;
    await browser.storage.local.set({ [NOTICE_KEY]: all });
    return stateOf(entry, version);
  });
}

export async function noticeState(sender: Runtime.MessageSender): Promise<NoticeState> {
  const { settings } = await currentSettings();
  const { site } = senderSite(sender, settings.extraSites);
  return stateOf((await readAll())[site], settings.policyVersion);
}

export async function noticeSeen(sender: Runtime.MessageSender): Promise<NoticeState> {
  const { settings } = await currentSettings();
  const { site } = senderSite(sender, settings.extraSites);
  return update(site, settings.policyVersion, (e) => void (e.seenAt ??= Date.now()));
}

export async function noticeAcknowledged(sender: Runtime.MessageSender): Promise<NoticeState> {
  const { settings } = await currentSettings();
  const { site, host } = senderSite(sender, settings.extraSites);
  const event: AuditEventInput = {
    id: crypto.randomUUID(),
    time: Date.now(),
    site,
    host,
    conversationKey: '',
    action: 'acknowledged',
    trigger: 'page',
    counts: {},
    previews: [],
    detail: settings.requireAcknowledgement ? 'ai-use-notice required' : 'ai-use-notice',
    mode: settings.mode,
    policyVersion: settings.policyVersion,
  };
  const [result] = await recordAudit({ events: [event] }, sender);
  if (!result || result.status === 'rejected') {
    throw new Error(
      `Veil: the acknowledgement could not be recorded (${result ? result.errors.join('; ') : 'no answer'})`,
    );
  }
  const now = Date.now();
  return update(site, settings.policyVersion, (e) => {
    e.seenAt ??= now;
    e.acknowledgedAt = now;
  });
}
