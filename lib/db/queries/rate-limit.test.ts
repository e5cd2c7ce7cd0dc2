import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/db';
import { consumeRateLimit, peekRateLimit, pruneRateLimits, resetRateLimit } from './rate-limit';

useTestDatabase();

describe('rate limiter', () => {
  const t0 = new Date('2030-01-01T10:00:00.000Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it('allows max hits per window from the first hit, then says how long to wait, then starts again', async () => {
    const rule = { key: 'test:a', max: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit({ ...rule, now: at(10) }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results.map((r) => r.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.retryAfter).toBe(60);
    expect((await peekRateLimit({ ...rule, now: at(20) })).allowed).toBe(false);
    expect((await peekRateLimit({ ...rule, now: at(20) })).retryAfter).toBe(50);
    expect((await consumeRateLimit({ ...rule, now: at(61) })).allowed).toBe(false); // past the minute, not the window
    expect((await consumeRateLimit({ ...rule, now: at(71) })).allowed).toBe(true);
    expect((await peekRateLimit({ ...rule, now: at(72) })).remaining).toBe(2);
  });

  it('counts a burst that straddles the top of the hour in one window', async () => {
    const rule = { key: 'test:hour', max: 2, windowSeconds: 3600 };
    const results = [];
    for (const s of [3598, 3599, 3600, 3601]) results.push(await consumeRateLimit({ ...rule, now: at(s) }));
    expect(results.map((r) => r.allowed)).toEqual([true, true, false, false]);
    expect(results[3]?.retryAfter).toBe(3597);
  });

  it('keeps keys apart and counts concurrent hits exactly', async () => {
    const rule = { key: 'test:b', max: 5, windowSeconds: 60, now: at(0) };
    const all = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(rule)));
    expect(all.filter((r) => r.allowed)).toHaveLength(5);
    expect((await consumeRateLimit({ ...rule, key: 'test:c' })).allowed).toBe(true);
  });

  it('can be reset and pruned', async () => {
    const rule = { key: 'test:d', max: 1, windowSeconds: 60, now: at(0) };
    await consumeRateLimit(rule);
    expect((await consumeRateLimit(rule)).allowed).toBe(false);
    await resetRateLimit({ key: 'test:d' });
    expect((await consumeRateLimit(rule)).allowed).toBe(true);
    expect(await pruneRateLimits({ olderThan: at(3600) })).toBeGreaterThanOrEqual(1);
    expect((await peekRateLimit({ ...rule, now: at(1) })).remaining).toBe(1);
  });
});
