import { describe, expect, it } from 'vitest';
import { clientAddress, PEER_HEADER, trustedProxyHops } from './client-address';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('clientAddress', () => {
  it('is the socket by default: a client that sends its own X-Forwarded-For gains nothing', () => {
    expect(clientAddress(h({ [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '198.51.100.1' }), 0)).toBe('203.0.113.9');
    expect(clientAddress(h({ [PEER_HEADER]: '203.0.113.9', 'x-forwarded-for': '1.1.1.1, 2.2.2.2' }), 0)).toBe('203.0.113.9');
  });

  it('trusts as many proxy hops as TRUST_PROXY says, and no more', () => {
    // one proxy (nginx) appended the client's address; whatever the client sent before it is ignored
    const oneProxy = h({ [PEER_HEADER]: '10.0.0.2', 'x-forwarded-for': 'forged, 198.51.100.7' });
    expect(clientAddress(oneProxy, 1)).toBe('198.51.100.7');
    // two proxies: a load balancer, then nginx
    expect(clientAddress(h({ [PEER_HEADER]: '10.0.0.3', 'x-forwarded-for': 'forged, 198.51.100.7, 10.0.0.2' }), 2)).toBe('198.51.100.7');
    // fewer entries than hops: the first one
    expect(clientAddress(h({ [PEER_HEADER]: '10.0.0.3', 'x-forwarded-for': '198.51.100.7' }), 3)).toBe('198.51.100.7');
    expect(clientAddress(h({ [PEER_HEADER]: '10.0.0.3' }), 1)).toBe('10.0.0.3');
  });

  it('without server.js in front, falls back to what Next set', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '198.51.100.1, 203.0.113.5' }), 0)).toBe('203.0.113.5');
    expect(clientAddress(h({ 'x-real-ip': '203.0.113.6' }), 0)).toBe('203.0.113.6');
    expect(clientAddress(h({}), 0)).toBe('unknown');
  });

  it('reads TRUST_PROXY, refusing nonsense', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    expect(() => trustedProxyHops('yes')).toThrow(/TRUST_PROXY/);
    expect(() => trustedProxyHops('-1')).toThrow(/TRUST_PROXY/);
  });
});
