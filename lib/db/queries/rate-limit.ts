import 'server-only';
// A fixed-window rate limiter kept in the rate_limits table, so every instance of the app shares the counts.
import { eq, lt, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { rateLimits } from '../schema';

export interface RateLimitResult {
  allowed: boolean;
  /** Hits left in this window after this one. */
  remaining: number;
  /** Seconds until the window ends (when not allowed, how long to wait). */
  retryAfter: number;
}

export interface RateLimitRule {
  key: string;
  max: number;
  windowSeconds: number;
  now?: Date;
}

function windowOf(now: Date, windowSeconds: number): { start: Date; end: number } {
  const ms = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), end: start + ms };
}

function result(count: number, max: number, end: number, now: Date): RateLimitResult {
  return {
    allowed: count <= max,
    remaining: Math.max(0, max - count),
    retryAfter: Math.max(1, Math.ceil((end - now.getTime()) / 1000)),
  };
}

/** Counts one hit against `key` and says whether it is within `max` per window. One atomic statement. */
export async function consumeRateLimit({ key, max, windowSeconds, now = new Date() }: RateLimitRule): Promise<RateLimitResult> {
  const db = await getDb();
  const { start, end } = windowOf(now, windowSeconds);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        // same window (or a later one seen by an instance with a slower clock): count on; else start again at 1
        count: sql`case when ${rateLimits.windowStart} >= excluded.window_start then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`greatest(${rateLimits.windowStart}, excluded.window_start)`,
      },
    })
    .returning({ count: rateLimits.count });
  if (Math.random() < 0.02) void pruneRateLimits({ olderThan: new Date(now.getTime() - 86_400_000) }).catch(() => {});
  return result(row?.count ?? 1, max, end, now);
}

/** Like consumeRateLimit but counts nothing: is the key over its limit right now? */
export async function peekRateLimit({ key, max, windowSeconds, now = new Date() }: RateLimitRule): Promise<RateLimitResult> {
  const db = await getDb();
  const { start, end } = windowOf(now, windowSeconds);
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  const count = row && row.windowStart.getTime() >= start.getTime() ? row.count : 0;
  // peeking reports the state: blocked once the window has already had `max` hits
  return { ...result(count + 1, max, end, now), remaining: Math.max(0, max - count) };
}

/** Forgets a key (e.g. failed sign-ins, after a successful one). */
export async function resetRateLimit({ key }: { key: string }): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** Removes rows whose window started before `olderThan`. Called now and then by consumeRateLimit. */
export async function pruneRateLimits({ olderThan }: { olderThan: Date }): Promise<number> {
  const db = await getDb();
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan)).returning({ key: rateLimits.key });
  return gone.length;
}
