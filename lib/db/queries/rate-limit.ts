import 'server-only';
// A fixed-window rate limiter kept in the rate_limits table, so every instance of the app shares the counts.
// A key's window opens at its first hit, not at a clock boundary: with windows aligned to the clock, a burst that
// straddles the top of the hour (or of any 5 minutes) fell into two windows and got twice the limit through at a
// time anyone could predict.
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

/** A window that opened before this instant has ended by `now`. */
const openedAfter = (now: Date, windowSeconds: number) => new Date(now.getTime() - windowSeconds * 1000);

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
  const cutoff = sql`${openedAfter(now, windowSeconds).toISOString()}::timestamptz`;
  // the window still open (or opened by an instance whose clock runs ahead): count on; else open one now at 1
  const open = sql`${rateLimits.windowStart} > ${cutoff}`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${open} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: sql`case when ${open} then ${rateLimits.windowStart} else excluded.window_start end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart });
  if (Math.random() < 0.02) void pruneRateLimits({ olderThan: new Date(now.getTime() - 86_400_000) }).catch(() => {});
  const start = row?.windowStart ?? now;
  return result(row?.count ?? 1, max, start.getTime() + windowSeconds * 1000, now);
}

/** Like consumeRateLimit but counts nothing: is the key over its limit right now? */
export async function peekRateLimit({ key, max, windowSeconds, now = new Date() }: RateLimitRule): Promise<RateLimitResult> {
  const db = await getDb();
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  const open = row !== undefined && row.windowStart.getTime() > openedAfter(now, windowSeconds).getTime();
  const count = open ? row.count : 0;
  const end = (open ? row.windowStart.getTime() : now.getTime()) + windowSeconds * 1000;
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
