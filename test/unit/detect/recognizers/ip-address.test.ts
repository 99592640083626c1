import { describe, expect, it } from 'vitest';
import { ipAddressRecognizer, ipv4Valid, parseV6 } from '../../../../src/detect/recognizers/ip-address';
import { recognized } from '../helpers';

describe('ip-address', () => {
  it.each([
    ['keep getting address 41.173.96.26 blocked', '41.173.96.26'],
    ['client_ip = ?%//!%20\\|106.31.73.20', '106.31.73.20'],
    ['subnet 10.20.0.0/16', '10.20.0.0/16'],
    ['host 2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3::8a2e:370:7334'],
    ['6e40:4041:c617:e898:c11:40d2:c669:2eb4', '6e40:4041:c617:e898:c11:40d2:c669:2eb4'],
    ['fe80::1ff:fe23:4567:890a%eth0', 'fe80::1ff:fe23:4567:890a%eth0'],
    ['::ffff:192.0.2.128', '::ffff:192.0.2.128'],
    ['version bump, server ip 1.2.3.4', '1.2.3.4'],
  ])('finds %j', (text, value) => {
    expect(recognized(ipAddressRecognizer, text)).toEqual([value]);
  });

  it.each([
    ['version 1.2.3.4'],
    ['v1.2.3.4'],
    ['Chrome 120.0.6099.109'],
    ['1.3.6.1.4.1.311 OID'],
    ['256.1.1.1'],
    ['01.02.03.04'],
    ['1.2.3.4.5'],
    ['127.0.0.1'],
    ['12:30:45'],
    ['00:1A:2B:3C:4D:5E'],
    ['std::vector<int>'],
    ['::1'],
  ])('ignores %j', (text) => {
    expect(recognized(ipAddressRecognizer, text)).toEqual([]);
  });

  it('parses addresses', () => {
    expect(ipv4Valid('255.255.255.255')).toBe(true);
    expect(parseV6('1:2:3:4:5:6:7:8')).toBe(true);
    expect(parseV6('1:2:3:4:5:6:7:8:9')).toBe(false);
    expect(parseV6('1::2::3')).toBe(false);
  });
});
