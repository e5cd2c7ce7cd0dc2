// The join form's action against a real database: limits on what is typed, closed codes, and code guessing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeAssignment, createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import type { FormState } from '@/lib/forms/state';
import { LIMITS } from '@/lib/security/rate-limits';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { joinAction, type JoinField } from './actions';

const request = {
  ip: '203.0.113.10',
  set: [] as Array<{ name: string; options: Record<string, unknown> }>,
  jar: new Map<string, string>(),
};
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': request.ip }),
  cookies: async () => ({
    set: (name: string, value: string, options: Record<string, unknown>) => {
      request.set.push({ name, options });
      request.jar.set(name, value);
    },
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name) } : undefined),
  }),
}));

// the action translates its messages with the request's locale: English here, as a request without a preference gets
vi.mock('next-intl/server', async () => {
  const { translatorFor } = await import('@/test/intl');
  return { getTranslations: async (namespace: string) => translatorFor(namespace) };
});

useTestDatabase();

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Math.floor(Date.now() / 600_000) * 600_000 + 1000); // early in a 10-minute window
});
afterAll(() => vi.useRealTimers());

const idle: FormState<JoinField> = { status: 'idle' };
const form = (code: string, displayName: string) => {
  const f = new FormData();
  f.set('code', code);
  f.set('displayName', displayName);
  return f;
};
const join = (code: string, displayName: string) => joinAction(idle, form(code, displayName));

async function openAssignment() {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: '8C' });
  const assignment = await createAssignment({
    teacherId: teacher.id,
    classId: klass.id,
    input: assignmentInput({ quizId: 'paktika-practice' }),
  });
  return { teacher, assignment };
}

describe('joinAction', () => {
  it('joins with a good code and name, and refuses a 10 kB name with a clear message', async () => {
    const { assignment } = await openAssignment();
    await expect(join(assignment.code, 'Zoë 🦊')).rejects.toMatchObject({ digest: expect.stringContaining(`/a/${assignment.id}`) });
    expect(request.set.at(-1)?.options).toMatchObject({ httpOnly: true, sameSite: 'lax' });

    const huge = await join(assignment.code, 'x'.repeat(10_000));
    expect(huge.status).toBe('error');
    expect(huge.fieldErrors?.displayName).toBe('Use a shorter name (at most 40 characters).');
    expect(huge.values?.displayName?.length).toBeLessThanOrEqual(200); // never echoed back whole

    const long = await join(assignment.code, 'y'.repeat(41));
    expect(long.fieldErrors?.displayName).toBe('Keep your name to 40 characters or fewer.');
    const tooLongCode = await join('A'.repeat(500), 'Sam');
    expect(tooLongCode.fieldErrors?.code).toBe('A join code has 6 characters.');
  });

  it('refuses the code of a closed assignment', async () => {
    const { teacher, assignment } = await openAssignment();
    await closeAssignment({ teacherId: teacher.id, assignmentId: assignment.id });
    const closed = await join(assignment.code, 'Sam');
    expect(closed.fieldErrors?.code).toBe('No open assignment has that code. Check it with your teacher.');
  });

  it('after 20 unknown codes from one address, asks it to wait, even with a good code; other addresses join', async () => {
    const { assignment } = await openAssignment();
    request.ip = '198.51.100.44';
    for (let i = 0; i < LIMITS.joinFailures.max; i++) {
      const guess = await join('ZZZZZ' + 'ABCDEFGHJKMNPQRSTUVWXYZ'[i], 'Guesser');
      expect(guess.fieldErrors?.code).toMatch(/No open assignment has that code/);
    }
    const blocked = await join(assignment.code, 'Guesser');
    expect(blocked).toMatchObject({ status: 'error', message: 'Too many tries from this network. Wait 10 minutes and try again.' });
    request.ip = '198.51.100.45';
    await expect(join(assignment.code, 'Classmate')).rejects.toMatchObject({ digest: expect.stringContaining('NEXT_REDIRECT') });
  });
});
