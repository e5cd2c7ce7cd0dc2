import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { describeAddresses, networkAddresses } from './addresses.js';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' && { scopeid: 0 }) }) as NetworkInterfaceInfo;
const interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  eth0: [nic('fe80::1', 'IPv6'), nic('2001:db8::5', 'IPv6'), nic('192.168.1.20', 'IPv4')],
};

describe('describeAddresses', () => {
  it('lists only addresses another device could reach, IPv4 first', () => {
    expect(networkAddresses(interfaces)).toEqual(['192.168.1.20', '2001:db8::5']);
  });

  it('with BETTER_AUTH_URL unset, says phones cannot reach localhost and offers the network address', () => {
    const lines = describeAddresses({ bound: { address: '::', port: 3000 }, appUrl: undefined, interfaces }).join('\n');
    expect(lines).toContain('listening on http://localhost:3000 (every network interface)');
    expect(lines).toMatch(/BETTER_AUTH_URL is not set.*phones on the classroom network cannot reach it/);
    expect(lines).toContain('Students open: http://192.168.1.20:3000/join');
    expect(lines).toContain('also http://[2001:db8::5]:3000');
    expect(lines).toContain('BETTER_AUTH_URL=http://192.168.1.20:3000 npm start');
  });

  it('with BETTER_AUTH_URL on localhost, says so too', () => {
    const lines = describeAddresses({ bound: { address: '0.0.0.0', port: 3000 }, appUrl: 'http://localhost:3000', interfaces }).join('\n');
    expect(lines).toMatch(/BETTER_AUTH_URL is http:\/\/localhost:3000: .*cannot reach them/);
  });

  it('bound to loopback only, says other devices cannot reach it at all', () => {
    const lines = describeAddresses({ bound: { address: '127.0.0.1', port: 3210 }, appUrl: undefined, interfaces }).join('\n');
    expect(lines).toContain('listening on http://127.0.0.1:3210');
    expect(lines).toMatch(/only listens on 127\.0\.0\.1/);
    expect(lines).toMatch(/e\.g\. BETTER_AUTH_URL=http:\/\/192\.168\.1\.20:3000/);
  });

  it('with a public BETTER_AUTH_URL, names it and warns about nothing', () => {
    const lines = describeAddresses({ bound: { address: '::', port: 3000 }, appUrl: 'https://claimcheck.school.org/', interfaces });
    expect(lines).toEqual(['▲ Claimcheck is listening on http://localhost:3000 (every network interface)', '  Students open: https://claimcheck.school.org/join']);
  });
});
