import { createRequire } from 'node:module';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { proxy } from '@/proxy';
import { API_CONTENT_SECURITY_POLICY, ASSET_SECURITY_HEADERS, BASE_SECURITY_HEADERS, contentSecurityPolicy, createNonce } from './headers';

const directives = (csp: string) => new Map(csp.split(';').map((d) => {
  const [name = '', ...values] = d.trim().split(/\s+/);
  return [name, values] as const;
}));

describe('content security policy', () => {
  it('runs scripts by nonce only, and forbids frames, plugins, foreign bases and foreign form targets', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123' }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('allows eval only in development, and upgrades requests only over https', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', dev: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n' })).not.toContain('unsafe-eval');
    expect(directives(contentSecurityPolicy({ nonce: 'n', https: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('proxy', () => {
  it('answers with a CSP holding a new nonce, and hands the same policy to Next so it can put the nonce on scripts', () => {
    const first = proxy(new NextRequest('http://127.0.0.1:3000/quiz/paktika-practice'));
    const second = proxy(new NextRequest('http://127.0.0.1:3000/quiz/paktika-practice'));
    const csp = first.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toBe(second.headers.get('content-security-policy'));
    // NextResponse.next({ request: { headers } }) passes request headers on this way
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS and upgrade-insecure-requests when the app is served over https', () => {
    vi.stubEnv('BETTER_AUTH_URL', 'https://claimcheck.example.org');
    try {
      const res = proxy(new NextRequest('http://10.0.0.5:3000/teacher'));
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('next.config.js headers', () => {
  it('sends the same headers as lib/security: the base set on every path but build assets, nosniff on those', async () => {
    const config = createRequire(import.meta.url)('../../next.config.js') as { headers: () => Promise<Array<{ source: string; headers: unknown }>> };
    const rules = await config.headers();
    expect(rules).toEqual([
      { source: '/:path((?!_next/static/).*)', headers: BASE_SECURITY_HEADERS },
      { source: '/_next/static/:path*', headers: ASSET_SECURITY_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ]);
    expect(ASSET_SECURITY_HEADERS).toEqual([{ key: 'X-Content-Type-Options', value: 'nosniff' }]);
  });
});
