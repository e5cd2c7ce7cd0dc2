import 'server-only';
// The origin students should use in join links: BETTER_AUTH_URL when it is set (the public URL), otherwise the
// host this request came to.
import { headers } from 'next/headers';
import { getEnv } from '@/lib/env';

export async function getPublicOrigin(): Promise<string> {
  const env = getEnv();
  if (env.appUrlConfigured) return env.appUrl;
  const h = await headers();
  const host = (h.get('x-forwarded-host') ?? h.get('host') ?? '').split(',')[0]?.trim() ?? '';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return /^[\w.-]+(:\d+)?$|^\[[\da-f:]+\](:\d+)?$/i.test(host) ? `${proto}://${host}` : env.appUrl;
}
