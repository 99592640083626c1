/**
 * What every part of the guard shares on one page: the site adapter with the admin's selector
 * overrides applied, the live settings, the services (tripwire, vault, health, typing feedback,
 * full path), the guard's own state, and the small helpers that the send path (guard.ts, decide.ts,
 * act.ts) and the inbound path (inbound.ts) would otherwise each write for themselves.
 */
import type { EntityType } from '../../detect';
import type { Settings } from '../../policy/schema';
import type { SiteAdapter } from '../../sites';
import type { Flagged } from '../assess';
import type { Tripwire } from '../bridge';
import type { TypingFeedback } from '../feedback';
import type { FullPath } from '../full-path';
import type { Health } from '../health';
import type { PolicyGate } from '../policy-wait';
import { isActive, selectorsFor, type SiteSelectors } from '../settings';
import type { Vault } from '../vault';

/** The services a guard is built from (content/index.ts makes them). */
export interface GuardDeps {
  site: SiteAdapter;
  settings(): Settings;
  tripwire: Tripwire;
  vault: Vault;
  health: Health;
  feedback: TypingFeedback;
  full: FullPath;
  /** Whether the organisation's settings are still on their way (sends and pastes wait). */
  policy: PolicyGate;
}

/** What the listeners, the decision and the action share while a page lives. */
export interface GuardState {
  /** A held send or an inbound dialog is in progress: further sends are stopped, not queued. */
  busy: boolean;
  /** Veil is re-sending a held send: its own events pass. */
  replaying: boolean;
  /** The editor the user last typed in, for clicks when the adapter no longer recognises the page. */
  lastEditable: HTMLElement | null;
}

export interface GuardContext extends GuardDeps {
  readonly state: GuardState;
  /** Composer and send selectors (the admin's overrides first), edit boxes and save controls. */
  selectors(): SiteSelectors;
  /** Veil acts on this page: on, and the site not switched off. */
  active(): boolean;
  /** Monitor mode: nothing is changed or stopped, decisions are only reported. */
  monitor(): boolean;
}

export function createGuardContext(deps: GuardDeps): GuardContext {
  return {
    ...deps,
    state: { busy: false, replaying: false, lastEditable: null },
    selectors: () => selectorsFor(deps.site, deps.settings()),
    active: () => isActive(deps.site, deps.settings()),
    monitor: () => deps.settings().mode === 'monitor',
  };
}

/** Types too fuzzy for the tripwire: a place name or a lone first name also appears in innocent site traffic. */
const NOT_FOR_TRIPWIRE = new Set<EntityType>(['LOCATION', 'ORGANIZATION', 'DATE_TIME']);

/**
 * The values the tripwire should stop in outgoing requests: identifiers (addresses, numbers, keys,
 * full names), not places, organisations, dates or single-word names.
 */
export function tripwireValues(flagged: readonly Pick<Flagged, 'finding' | 'value'>[]): string[] {
  return flagged
    .filter(
      (f) => !NOT_FOR_TRIPWIRE.has(f.finding.type) && !(f.finding.type === 'PERSON' && !/\s/.test(f.value.trim())),
    )
    .map((f) => f.value);
}

/** Every flagged value: what is unflagged when the user lets values through. */
export const allValues = (flagged: readonly Flagged[]): string[] => flagged.map((f) => f.value);
