import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '@/test/db';
import { checkJoinAllowed, limitAnswerSave, limitSignUp, limitSubmit, LIMITS, recordJoinFailure, waitText } from './rate-limits';

useTestDatabase();

// a fixed moment: each key's window opens at its first hit, here t0
const t0 = new Date('2030-01-01T10:00:01.000Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

async function hits(n: number, call: () => Promise<void>): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  for (let i = 0; i < n; i++) outcomes.push(await call().then(() => 'ok', (e: unknown) => e));
  return outcomes;
}

describe('rate limits', () => {
  it('answer saves: 120 a minute per attempt, then rate_limited with a wait, other attempts unaffected', async () => {
    const attemptId = 'a1';
    const out = await hits(LIMITS.answerSaves.max, () => limitAnswerSave({ attemptId, now: t0 }));
    expect(out.every((o) => o === 'ok')).toBe(true);
    const over = await limitAnswerSave({ attemptId, now: later(1) }).catch((e: unknown) => e);
    expect(over).toMatchObject({
      code: 'rate_limited:answer_save',
      status: 429,
      retryAfter: 59,
      message: 'Answers are arriving too fast. Wait 59 seconds: your answers are kept on this device and sent again.',
    });
    await expect(limitAnswerSave({ attemptId: 'a2', now: t0 })).resolves.toBeUndefined();
    await expect(limitAnswerSave({ attemptId, now: later(60) })).resolves.toBeUndefined();
  });

  it('hand-ins: 30 a minute per attempt', async () => {
    const out = await hits(LIMITS.submits.max + 1, () => limitSubmit({ attemptId: 's1', now: t0 }));
    expect(out.filter((o) => o === 'ok')).toHaveLength(LIMITS.submits.max);
    expect(out.at(-1)).toMatchObject({ code: 'rate_limited:submit', status: 429 });
  });

  it('joins: an address that tried 200 unknown codes waits, while a school of many classes can still join', async () => {
    const ip = '203.0.113.50';
    for (let i = 0; i < LIMITS.joinFailures.max; i++) {
      await checkJoinAllowed({ ip, now: t0 });
      await recordJoinFailure({ ip, now: t0 });
    }
    await expect(checkJoinAllowed({ ip, now: t0 })).rejects.toMatchObject({
      code: 'rate_limited:join',
      status: 429,
      message: 'Too many tries from this network. Wait 10 minutes and try again.',
    });
    await expect(checkJoinAllowed({ ip: '203.0.113.51', now: t0 })).resolves.toBeUndefined();
    await expect(checkJoinAllowed({ ip, now: later(600) })).resolves.toBeUndefined();

    // successful joins only count against the large cap
    const school = '198.51.100.20';
    const out = await hits(LIMITS.joins.max + 1, () => checkJoinAllowed({ ip: school, now: t0 }));
    expect(out.filter((o) => o === 'ok')).toHaveLength(LIMITS.joins.max);
    expect(out.at(-1)).toMatchObject({ code: 'rate_limited:join' });
    // over 3,000 database round trips: well past the default 20 s when the machine is busy with other work
  }, 120_000);

  it('sign-ups: 30 an hour per address', async () => {
    const out = await hits(LIMITS.signUps.max + 1, () => limitSignUp({ ip: '192.0.2.9', now: t0 }));
    expect(out.filter((o) => o === 'ok')).toHaveLength(LIMITS.signUps.max);
    expect(out.at(-1)).toMatchObject({
      code: 'rate_limited:sign_up',
      status: 429,
      message: 'Too many accounts were created from this network. Wait 60 minutes and try again.',
    });
  });

  it('say how long to wait in words', () => {
    expect(waitText(1)).toBe('1 second');
    expect(waitText(59)).toBe('59 seconds');
    expect(waitText(60)).toBe('1 minute');
    expect(waitText(61)).toBe('2 minutes');
  });
});
