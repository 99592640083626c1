/**
 * What the typing scan's findings mean for the tripwire: values typed into the composer are
 * flagged at once, so a page script that reads the editor and sends it itself is stopped even
 * before the user presses Enter.
 */
import type { Settings } from '../../policy/schema';
import type { SiteAdapter } from '../../sites';
import type { Assessment } from '../assess';
import type { Tripwire } from '../bridge';
import { closestMatch } from '../dom';
import { isActive, selectorsFor } from '../settings';
import { tripwireValues } from './guard-context';

export function flagTypedValues(
  site: SiteAdapter,
  settings: Settings,
  tripwire: Tripwire,
  a: Assessment,
  composer: HTMLElement,
): void {
  if (!isActive(site, settings) || settings.mode === 'monitor' || a.flagged.length === 0) return;
  // An editor the adapter does not know (degraded): flag only when failing closed, or the
  // tripwire would block what failMode "allow" lets through.
  const { composer: composers, editBox } = selectorsFor(site, settings);
  const known = closestMatch(composer, [...composers, ...editBox]) !== null;
  if (known || settings.failMode === 'block') tripwire.flag(tripwireValues(a.flagged));
}
