// The client's network address, for rate limits. A client can put anything in X-Forwarded-For, so the header is
// believed only as far as TRUST_PROXY says: the number of proxies of ours in front of the app, each of which
// appends the address it saw. By default (0) the address is the socket's, which server.js passes on in
// PEER_HEADER (overwriting any a client sent).
import { z } from 'zod';

export const PEER_HEADER = 'x-claimcheck-peer';
/** The address clientAddress() found, put on a request for better-auth's own per-address limits (lib/auth/server.ts). */
export const CLIENT_HEADER = 'x-claimcheck-client';
export const MAX_PROXY_HOPS = 10;

const hopsSchema = z.coerce.number().int().min(0).max(MAX_PROXY_HOPS);

/** TRUST_PROXY as a number of hops; unset or empty is 0. An invalid value is refused at start (lib/env.ts). */
export function trustedProxyHops(value: string | undefined = process.env.TRUST_PROXY): number {
  if (value === undefined || value.trim() === '') return 0;
  const parsed = hopsSchema.safeParse(value.trim());
  if (!parsed.success) throw new Error(`TRUST_PROXY must be a whole number of proxy hops from 0 to ${MAX_PROXY_HOPS}, not "${value}"`);
  return parsed.data;
}

export function clientAddress(h: Headers, hops: number = trustedProxyHops()): string {
  const peer = h.get(PEER_HEADER)?.trim() || undefined;
  const forwarded = (h.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (peer === undefined) {
    // not behind server.js (next dev, a test calling a handler): Next fills X-Forwarded-For from the socket when a
    // client sent none, so its last entry is the best there is
    return forwarded.at(-1) ?? (h.get('x-real-ip')?.trim() || 'unknown');
  }
  if (hops === 0) return peer;
  // the last `hops` entries were appended by our proxies; the one before the outermost proxy's is the client
  return forwarded[forwarded.length - hops] ?? forwarded[0] ?? peer;
}

/**
 * The same request with CLIENT_HEADER set to clientAddress() (whatever a client sent under that name is replaced),
 * so better-auth, which can only read an address from a header, counts what TRUST_PROXY allows and not a
 * client's X-Forwarded-For.
 */
export function withClientAddress(request: Request, hops: number = trustedProxyHops()): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_HEADER, clientAddress(request.headers, hops));
  return new Request(request, { headers });
}
