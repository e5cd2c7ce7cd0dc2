import { describe, expect, it, vi } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { closeAssignment, createAssignment, getAssignmentForTeacher, getOpenAssignmentByCode } from './assignments';
import { createClass } from './classes';

// Lets a test force the next join codes; by default the real generator runs.
const forced: string[] = [];
vi.mock('@/lib/assignments/join-code', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/assignments/join-code')>();
  return { ...real, generateJoinCode: () => forced.shift() ?? real.generateJoinCode() };
});

useTestDatabase();

async function setup() {
  const t = await createTestTeacher();
  const c = await createClass({ teacherId: t.id, name: 'Class' });
  return { t, c };
}

describe('assignments', () => {
  it('get a 6-character code from the alphabet and are found by it, however it is typed', async () => {
    const { t, c } = await setup();
    const a = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput({ mode: 'each' }) });
    expect(a.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    const typed = `${a.code.slice(0, 3).toLowerCase()}-${a.code.slice(3)}`;
    expect(await getOpenAssignmentByCode({ code: typed })).toMatchObject({
      assignment: { id: a.id },
      class: { id: c.id, name: 'Class' },
      window: 'open',
    });
  });

  it('retry on a code collision with an open assignment, and reuse codes of closed ones', async () => {
    const { t, c } = await setup();
    forced.push('AAAAAA');
    const first = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput() });
    expect(first.code).toBe('AAAAAA');
    forced.push('AAAAAA', 'AAAAAA', 'BBBBBB');
    const second = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput() });
    expect(second.code).toBe('BBBBBB');
    await closeAssignment({ teacherId: t.id, assignmentId: first.id });
    expect(await getOpenAssignmentByCode({ code: 'AAAAAA' })).toBeNull();
    forced.push('AAAAAA');
    const third = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput() });
    expect(third.code).toBe('AAAAAA');
    expect((await getOpenAssignmentByCode({ code: 'aaaaaa' }))?.assignment.id).toBe(third.id);
  });

  it('validate dates, attempts, time limit and the quiz id', async () => {
    const { t, c } = await setup();
    const now = new Date();
    const bad = (input: Parameters<typeof assignmentInput>[0], extra = {}) =>
      createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput(input), ...extra });
    await expect(bad({ dueAt: new Date(now.getTime() - 1000), opensAt: new Date(now.getTime() - 5000) })).rejects.toMatchObject({
      code: 'bad_request:due_at',
    });
    await expect(bad({ opensAt: new Date(now.getTime() + 9e9) })).rejects.toMatchObject({
      fields: { dueAt: 'The due date must be after the opening date.' },
    });
    await expect(bad({ attemptsAllowed: 0 })).rejects.toMatchObject({ fields: { attemptsAllowed: expect.any(String) } });
    await expect(bad({ timeLimitMinutes: 0 })).rejects.toMatchObject({ fields: { timeLimitMinutes: expect.any(String) } });
    await expect(bad({ quizId: 'Not An Id' })).rejects.toMatchObject({ code: 'bad_request:assignment' });
    await expect(bad({}, { knownQuizIds: new Set(['other-quiz']) })).rejects.toMatchObject({ code: 'bad_request:quiz' });
  });

  it('report whether they are open yet or past due', async () => {
    const { t, c } = await setup();
    const later = new Date(Date.now() + 86_400_000);
    const a = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput({ opensAt: later }) });
    expect((await getOpenAssignmentByCode({ code: a.code }))?.window).toBe('not_open');
    expect((await getOpenAssignmentByCode({ code: a.code, now: new Date(Date.now() + 30 * 86_400_000) }))?.window).toBe('past_due');
  });

  it('are invisible to another teacher', async () => {
    const { t, c } = await setup();
    const bob = await createTestTeacher('Bob');
    const a = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput() });
    expect(await getAssignmentForTeacher({ teacherId: bob.id, assignmentId: a.id })).toBeNull();
    expect(await getAssignmentForTeacher({ teacherId: t.id, assignmentId: a.id })).toMatchObject({ assignment: { id: a.id } });
    await expect(closeAssignment({ teacherId: bob.id, assignmentId: a.id })).rejects.toMatchObject({ code: 'not_found:assignment', message: 'That assignment was not found.' });
    expect(await getOpenAssignmentByCode({ code: a.code })).not.toBeNull();
  });
});
