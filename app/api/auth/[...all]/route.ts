// better-auth's HTTP endpoints (/api/auth/*), rate-limited through the shared rate_limits table.
import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth/server';

export const { GET, POST } = toNextJsHandler(async (request: Request) => (await getAuth()).handler(request));
