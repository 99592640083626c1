import { describe, expect, it } from 'vitest';
import { emptyStats, localDay, addToStats } from '../../../src/audit/stats';
import { resolveSettings } from '../../../src/policy/resolve';
import { chartModel, lastDays, NONE, OTHER } from '../../../src/ui/popup/chart-model';
import { siteStatus, statusAttr } from '../../../src/ui/popup/status';

const chatgpt = { id: 'chatgpt', name: 'ChatGPT' };

describe('siteStatus', () => {
  const on = resolveSettings({}, {});
  it.each([
    ['loading settings', undefined, chatgpt, undefined, 'loading'],
    ['loading the tab', on, undefined, undefined, 'loading'],
    ['not a chat site', on, null, undefined, 'not-chat-site'],
    ['protected', on, chatgpt, { status: 'ok', reasons: [] }, 'protected'],
    ['degraded', on, chatgpt, { status: 'degraded', reasons: ['composer-not-found'] }, 'degraded'],
    ['monitor mode', resolveSettings({ mode: 'monitor' }, {}), chatgpt, undefined, 'monitor'],
    ['off', resolveSettings({ enabled: false }, {}), chatgpt, undefined, 'off'],
    ['site off', resolveSettings({ disabledSites: ['chatgpt'] }, {}), chatgpt, undefined, 'off'],
  ] as const)('%s', (_what, resolved, site, health, attr) => {
    expect(statusAttr(siteStatus(resolved, site, health as never))).toBe(attr);
  });

  it('says when policy, not the user, turned it off', () => {
    expect(siteStatus(resolveSettings({}, { enabled: false }), chatgpt, undefined)).toEqual({
      kind: 'off',
      byPolicy: true,
    });
    expect(siteStatus(resolveSettings({ enabled: false }, {}), null, undefined)).toEqual({
      kind: 'off',
      byPolicy: false,
    });
    expect(siteStatus(resolveSettings({}, { disabledSites: ['chatgpt'] }), chatgpt, undefined)).toMatchObject({
      kind: 'site-off',
      byPolicy: true,
    });
    expect(siteStatus(on, chatgpt, { status: 'degraded', reasons: ['a', 'b'] })).toMatchObject({ detail: 'a, b' });
  });

  it('says "not protected here" when the message box or its send control is missing, not for other reasons', () => {
    const status = (reasons: string[]): unknown => siteStatus(on, chatgpt, { status: 'degraded', reasons });
    expect(status(['composer-not-found'])).toMatchObject({ kind: 'degraded', unprotected: true });
    expect(status(['send-button-not-found'])).toMatchObject({ unprotected: true });
    expect(status(['stale', 'composer-not-found'])).toMatchObject({ unprotected: true });
    expect(status(['tripwire-unavailable'])).toMatchObject({ unprotected: false });
    expect(status(['stale'])).toMatchObject({ unprotected: false });
  });
});

describe('chartModel', () => {
  const now = new Date(2026, 2, 29, 15).getTime(); // the day Europe moves its clocks
  it('lists the last days oldest first, across a DST change', () => {
    const days = lastDays(14, now);
    expect(days).toHaveLength(14);
    expect(days.at(-1)).toBe('2026-03-29');
    expect(days[0]).toBe('2026-03-16');
    expect(new Set(days).size).toBe(14);
  });

  it('stacks the top types, then other, then events without findings', () => {
    const today = emptyStats(localDay(now));
    const types = ['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'SECRET', 'IBAN_CODE', 'URL', 'IP_ADDRESS'] as const;
    types.forEach((t, i) => {
      for (let n = 0; n <= types.length - i; n++)
        addToStats(today, { action: 'redacted', counts: { [t]: 1 }, site: 'x' });
    });
    addToStats(today, { action: 'degraded', counts: {}, site: 'x' });
    const model = chartModel([today], 14, now);
    expect(model.series).toEqual(['EMAIL_ADDRESS', 'PHONE_NUMBER', 'PERSON', 'SECRET', 'IBAN_CODE', OTHER, NONE]);
    const bar = model.bars.at(-1)!;
    expect(bar.total).toBe(today.total);
    expect(bar.segments.map((s) => s.count)).toEqual([8, 7, 6, 5, 4, 3 + 2, 1]);
    expect(bar.segments.at(-1)!.y1).toBe(model.max);
    expect(model.bars.slice(0, -1).every((b) => b.segments.length === 0)).toBe(true);
  });
});
