import { describe, expect, it } from 'vitest';
import { isLocked, resolveSettings } from '../../../src/policy/resolve';
import { isAllowedEndpoint, REPORTING_OFF, withoutCredentials } from '../../../src/policy/reporting';
import { SETTING_KEYS } from '../../../src/policy/schema';

const GOOD = {
  endpoint: 'https://collector.example.com/v1/logs',
  format: 'splunk-hec',
  headers: { Authorization: 'Splunk 0000' },
  labels: { department: 'finance' },
  batchSize: 50,
  flushSeconds: 10,
};

describe('reporting policy', () => {
  it('is taken from managed policy, locked, with defaults for the fields left out', () => {
    const r = resolveSettings({}, { reporting: { endpoint: GOOD.endpoint } });
    expect(r.problems).toEqual([]);
    expect(r.settings.reporting).toEqual({ ...REPORTING_OFF, endpoint: GOOD.endpoint });
    expect(isLocked(r, 'reporting')).toBe(true);
    expect(resolveSettings({}, { reporting: GOOD }).settings.reporting).toEqual(GOOD);
  });

  it('cannot be set or changed by the user, who is told so', () => {
    const r = resolveSettings({ reporting: { ...GOOD, endpoint: 'https://attacker.example/' } }, {});
    expect(r.settings.reporting).toEqual(REPORTING_OFF);
    expect(r.problems).toEqual([expect.objectContaining({ source: 'user', key: 'reporting', code: 'policy_only' })]);
    const both = resolveSettings({ reporting: { endpoint: 'https://attacker.example/' } }, { reporting: GOOD });
    expect(both.settings.reporting).toEqual(GOOD);
    expect(SETTING_KEYS).not.toContain('reporting');
  });

  it.each([
    ['http://collector.example.com/v1/logs', 'not_https'],
    ['ftp://collector.example.com/', 'not_https'],
    ['not a url', 'not_https'],
  ])('refuses endpoint %s and keeps reporting off, with a warning', (endpoint, code) => {
    const r = resolveSettings({}, { reporting: { ...GOOD, endpoint } });
    expect(r.settings.reporting).toEqual(REPORTING_OFF);
    expect(r.problems).toEqual([
      expect.objectContaining({ source: 'policy', key: 'reporting.endpoint', code, defaultUsed: true }),
    ]);
  });

  it('allows plain http only to loopback', () => {
    expect(isAllowedEndpoint('http://127.0.0.1:4318/v1/logs')).toBe(true);
    expect(isAllowedEndpoint('http://localhost:8088/services/collector/event')).toBe(true);
    expect(isAllowedEndpoint('http://[::1]:4318/v1/logs')).toBe(true);
    expect(isAllowedEndpoint('http://127.0.0.1.example.com/')).toBe(false);
    expect(isAllowedEndpoint('http://10.0.0.1/')).toBe(false);
  });

  it.each([
    [{ format: 'syslog' }, 'reporting.format'],
    [{ batchSize: 0 }, 'reporting.batchSize'],
    [{ batchSize: 2.5 }, 'reporting.batchSize'],
    [{ flushSeconds: 100_000 }, 'reporting.flushSeconds'],
    [{ headers: { 'X-Bad\r\nInjected': 'x' } }, 'reporting.headers.X-Bad\r\nInjected'],
    [{ headers: { Authorization: 'a\r\nX-Evil: 1' } }, 'reporting.headers.Authorization'],
    [{ labels: { team: 7 } }, 'reporting.labels.team'],
  ])('drops the whole policy on a bad field %j and names it', (bad, key) => {
    const r = resolveSettings({}, { reporting: { ...GOOD, ...bad } });
    expect(r.settings.reporting).toEqual(REPORTING_OFF);
    expect(r.problems.map((p) => p.key)).toContain(key);
  });

  it('never quotes a header value in a problem (it is a credential)', () => {
    const r = resolveSettings({}, { reporting: { ...GOOD, headers: { Authorization: 'Bearer s3cr3t\n' } } });
    expect(JSON.stringify(r.problems)).not.toContain('s3cr3t');
  });
});

describe('withoutCredentials', () => {
  it('hides header values but keeps their names', () => {
    const r = withoutCredentials(resolveSettings({}, { reporting: GOOD }));
    expect(r.settings.reporting.headers).toEqual({ Authorization: '(hidden)' });
    expect(JSON.stringify(r)).not.toContain('Splunk 0000');
  });
});
