import crypto from 'node:crypto';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { listAnswersForStudent, listAnswersForTeacher, saveAnswer, setSelfRating, setTeacherRating } from './answers';
import { closeAssignment, createAssignment } from './assignments';
import {
  attemptDeadline,
  getAttemptForStudent,
  getAttemptForTeacher,
  listAttemptsForAssignment,
  SAVE_GRACE_MS,
  startOrResumeAttempt,
  submitAttempt,
} from './attempts';
import { createClass } from './classes';
import { joinClass, setStudentTimeFactor } from './students';

useTestDatabase();

async function setup(input: Parameters<typeof assignmentInput>[0] = {}) {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: 'Class' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput(input) });
  const { student } = await joinClass({ code: assignment.code, displayName: 'Sam' });
  return { teacher, klass, assignment, student };
}

const answer = (over: Partial<Parameters<typeof saveAnswer>[0]> & { studentId: string; attemptId: string }) =>
  saveAnswer({ itemId: 'q1', response: { choice: 'a' }, score: 1, maxScore: 1, clientSeq: 1, confidence: 'sure', ...over });

describe('attempts', () => {
  it('start once and resume while unfinished', async () => {
    const { assignment, student } = await setup();
    const first = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 10 });
    expect(first).toMatchObject({ resumed: false, attempt: { number: 1, maxScore: 10, submittedAt: null } });
    expect(first.attempt.deadlineAt?.getTime()).toBe(assignment.dueAt.getTime());
    const again = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 10 });
    expect(again).toMatchObject({ resumed: true, attempt: { id: first.attempt.id, seed: first.attempt.seed } });
  });

  it('stop at the number of attempts allowed', async () => {
    const { assignment, student } = await setup({ attemptsAllowed: 2 });
    const a1 = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await submitAttempt({ studentId: student.id, attemptId: a1.attempt.id });
    const a2 = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    expect(a2.attempt.number).toBe(2);
    await submitAttempt({ studentId: student.id, attemptId: a2.attempt.id });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:attempts_used',
    });
  });

  it('respect opening, due date, closing and the class', async () => {
    const { teacher, klass, assignment, student } = await setup();
    const later = await createAssignment({
      teacherId: teacher.id,
      classId: klass.id,
      input: assignmentInput({ opensAt: new Date(Date.now() + 3_600_000) }),
    });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: later.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment_not_open',
    });
    const afterDue = new Date(assignment.dueAt.getTime() + 1000);
    await expect(
      startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1, now: afterDue }),
    ).rejects.toMatchObject({ code: 'forbidden:assignment_past_due' });
    await closeAssignment({ teacherId: teacher.id, assignmentId: later.id });
    await expect(startOrResumeAttempt({ studentId: student.id, assignmentId: later.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment_closed',
    });
    const other = await setup();
    await expect(startOrResumeAttempt({ studentId: other.student.id, assignmentId: assignment.id, maxScore: 1 })).rejects.toMatchObject({
      code: 'forbidden:assignment',
    });
  });

  it('get a deadline from the time limit times the student allowance, capped by the due date', async () => {
    const start = new Date('2030-01-01T10:00:00Z');
    const a = { dueAt: new Date('2030-01-01T11:00:00Z'), timeLimitMinutes: 20 };
    expect(attemptDeadline(a, '1', start).toISOString()).toBe('2030-01-01T10:20:00.000Z');
    expect(attemptDeadline(a, '1.5', start).toISOString()).toBe('2030-01-01T10:30:00.000Z');
    expect(attemptDeadline(a, 'untimed', start).toISOString()).toBe('2030-01-01T11:00:00.000Z');
    expect(attemptDeadline({ ...a, timeLimitMinutes: 90 }, '2', start).toISOString()).toBe('2030-01-01T11:00:00.000Z');
    const { teacher, assignment: timed, student } = await setup({ timeLimitMinutes: 10 });
    await setStudentTimeFactor({ teacherId: teacher.id, studentId: student.id, timeFactor: '2' });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: timed.id, maxScore: 1 });
    expect(attempt.deadlineAt!.getTime() - attempt.startedAt.getTime()).toBe(20 * 60_000);
  });

  it('past its deadline is submitted when the student comes back', async () => {
    const { assignment, student } = await setup({ timeLimitMinutes: 5, attemptsAllowed: 2 });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await answer({ studentId: student.id, attemptId: attempt.id, score: 1 });
    const late = new Date(attempt.deadlineAt!.getTime() + SAVE_GRACE_MS + 1000);
    await expect(answer({ studentId: student.id, attemptId: attempt.id, clientSeq: 2, now: late })).rejects.toMatchObject({
      code: 'forbidden:attempt_deadline',
    });
    const next = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1, now: late });
    expect(next.attempt.number).toBe(2);
    const first = await getAttemptForStudent({ studentId: student.id, attemptId: attempt.id });
    expect(first).toMatchObject({ score: 1 });
    expect(first?.submittedAt?.getTime()).toBe(attempt.deadlineAt!.getTime());
  });
});

describe('answers', () => {
  it('save idempotently: a resend changes nothing, a newer answer replaces, an older one is ignored', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    const first = await answer({ ...ids, clientSeq: 3, response: { choice: 'a' }, score: 0 });
    expect(first.saved).toBe(true);
    const resend = await answer({ ...ids, clientSeq: 3, response: { choice: 'a' }, score: 0 });
    expect(resend).toMatchObject({ saved: false, answer: { clientSeq: 3, response: { choice: 'a' } } });
    const newer = await answer({ ...ids, clientSeq: 5, response: { choice: 'b' }, score: 1, confidence: 'fairly' });
    expect(newer).toMatchObject({ saved: true, answer: { clientSeq: 5, response: { choice: 'b' }, score: 1, confidence: 'fairly' } });
    const older = await answer({ ...ids, clientSeq: 4, response: { choice: 'c' }, score: 0 });
    expect(older).toMatchObject({ saved: false, answer: { clientSeq: 5, response: { choice: 'b' }, score: 1 } });
    await answer({ ...ids, itemId: 'q2', clientSeq: 6, score: 1 });
    const list = await listAnswersForStudent(ids);
    expect(list.map((a) => [a.itemId, a.clientSeq])).toEqual([
      ['q1', 5],
      ['q2', 6],
    ]);
  });

  it('refuse bad shapes', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await expect(answer({ ...ids, itemId: 'Bad Id' })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, clientSeq: -1 })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, score: 2, maxScore: 1 })).rejects.toMatchObject({ code: 'bad_request:answer' });
    await expect(answer({ ...ids, response: 'x'.repeat(20_000) })).rejects.toMatchObject({ code: 'bad_request:answer_too_large' });
  });

  it('submit totals the score once; submitting again returns the same; no saves after', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 3 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'q1', score: 1 });
    await answer({ ...ids, itemId: 'q2', score: 0.5 });
    const submitted = await submitAttempt(ids);
    expect(submitted).toMatchObject({ score: 1.5, maxScore: 3 });
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    const again = await submitAttempt({ ...ids, now: new Date(Date.now() + 60_000) });
    expect(again).toEqual(submitted);
    const both = await Promise.all([submitAttempt(ids), submitAttempt(ids)]);
    expect(both.map((a) => a.submittedAt?.getTime())).toEqual([submitted.submittedAt?.getTime(), submitted.submittedAt?.getTime()]);
    await expect(answer({ ...ids, itemId: 'q3', clientSeq: 9 })).rejects.toMatchObject({ code: 'conflict:attempt_submitted' });
    await expect(answer({ ...ids, itemId: 'q1', clientSeq: 1 })).rejects.toMatchObject({ code: 'conflict:attempt_submitted' });
    expect((await listAnswersForStudent(ids)).map((a) => a.itemId)).toEqual(['q1', 'q2']);
  });

  it('refuse an unknown attempt as not found', async () => {
    const { student } = await setup();
    await expect(answer({ studentId: student.id, attemptId: crypto.randomUUID() })).rejects.toMatchObject({ code: 'not_found:attempt' });
    await expect(answer({ studentId: student.id, attemptId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'not_found:attempt' });
  });

  it('accept a save up to the deadline + grace, refuse it 1 ms later and keep what was stored', async () => {
    const { assignment, student } = await setup({ timeLimitMinutes: 5 });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    const lastMoment = new Date(attempt.deadlineAt!.getTime() + SAVE_GRACE_MS);
    expect(await answer({ ...ids, clientSeq: 1, response: { choice: 'a' }, now: lastMoment })).toMatchObject({ saved: true });
    const tooLate = new Date(lastMoment.getTime() + 1);
    await expect(answer({ ...ids, clientSeq: 2, response: { choice: 'b' }, now: tooLate })).rejects.toMatchObject({
      code: 'forbidden:attempt_deadline',
    });
    await expect(answer({ ...ids, itemId: 'q2', clientSeq: 3, now: tooLate })).rejects.toMatchObject({ code: 'forbidden:attempt_deadline' });
    expect((await listAnswersForStudent(ids)).map((a) => [a.itemId, a.clientSeq, a.response])).toEqual([['q1', 1, { choice: 'a' }]]);
  });

  it('store one row for resends sent at once, and the newest of answers sent at once in any order', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    const resends = await Promise.all(Array.from({ length: 6 }, () => answer({ ...ids, clientSeq: 7, response: { choice: 'a' } })));
    expect(resends.filter((r) => r.saved)).toHaveLength(1);
    for (const r of resends) expect(r.answer).toMatchObject({ itemId: 'q1', clientSeq: 7, response: { choice: 'a' } });
    const seqs = [12, 9, 15, 10, 14, 8, 13, 11];
    const changes = await Promise.all(seqs.map((clientSeq) => answer({ ...ids, itemId: 'q2', clientSeq, response: { choice: `c${clientSeq}` } })));
    changes.forEach((r, i) => {
      // its own answer, or a newer one that stands
      if (r.saved) expect(r.answer.clientSeq).toBe(seqs[i]);
      else expect(r.answer.clientSeq).toBeGreaterThanOrEqual(seqs[i]!);
    });
    const list = await listAnswersForStudent(ids);
    expect(list.map((a) => [a.itemId, a.clientSeq, a.response])).toEqual([
      ['q1', 7, { choice: 'a' }],
      ['q2', 15, { choice: 'c15' }],
    ]);
  });

  it('self rating and teacher rating; the teacher rating sets the score', async () => {
    const { teacher, assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 4 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'essay', response: { text: 'The number is a claim.' }, score: 0, maxScore: 2 });
    await answer({ ...ids, itemId: 'q1', score: 1, maxScore: 1 });
    await submitAttempt(ids);
    expect((await setSelfRating({ ...ids, itemId: 'essay', rating: 2 })).selfRating).toBe(2);
    const rated = await setTeacherRating({ teacherId: teacher.id, attemptId: attempt.id, itemId: 'essay', rating: 1 });
    expect(rated).toMatchObject({ teacherRating: 1, score: 1 });
    expect(await getAttemptForStudent(ids)).toMatchObject({ score: 2 });
    await expect(setTeacherRating({ teacherId: teacher.id, attemptId: attempt.id, itemId: 'essay', rating: 3 })).rejects.toMatchObject({
      code: 'bad_request:rating',
    });
  });
});

describe('ownership of attempts', () => {
  it('another student or another teacher cannot read or change them', async () => {
    const { teacher, klass, assignment, student } = await setup();
    const { student: classmate } = await joinClass({ code: assignment.code, displayName: 'Ana' });
    const bob = await createTestTeacher('Bob');
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    await answer({ studentId: student.id, attemptId: attempt.id });

    const theirs = { studentId: classmate.id, attemptId: attempt.id };
    await expect(listAnswersForStudent(theirs)).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(answer({ ...theirs, itemId: 'q2', clientSeq: 2 })).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(submitAttempt(theirs)).rejects.toMatchObject({ code: 'forbidden:attempt' });
    await expect(setSelfRating({ ...theirs, itemId: 'q1', rating: 1 })).rejects.toMatchObject({ code: 'forbidden:attempt' });
    expect(await getAttemptForStudent(theirs)).toBeNull();

    expect(await getAttemptForTeacher({ teacherId: bob.id, attemptId: attempt.id })).toBeNull();
    expect(await listAnswersForTeacher({ teacherId: bob.id, attemptId: attempt.id })).toBeNull();
    expect(await listAttemptsForAssignment({ teacherId: bob.id, assignmentId: assignment.id })).toBeNull();
    // the same refusal as for an id that does not exist: nothing says the attempt is real
    await expect(setTeacherRating({ teacherId: bob.id, attemptId: attempt.id, itemId: 'q1', rating: 0 })).rejects.toMatchObject({
      code: 'not_found:attempt',
      message: 'That attempt was not found.',
    });

    expect(await getAttemptForTeacher({ teacherId: teacher.id, attemptId: attempt.id })).toMatchObject({ class: { id: klass.id } });
    expect(await listAnswersForTeacher({ teacherId: teacher.id, attemptId: attempt.id })).toHaveLength(1);
    const rows = await listAttemptsForAssignment({ teacherId: teacher.id, assignmentId: assignment.id });
    expect(rows).toMatchObject([{ attempt: { id: attempt.id }, student: { displayName: 'Sam' } }]);
  });
});

// A hand-in grades the answers stored when it runs: no save may be stored after it without having been counted.
describe('a hand-in racing saves', () => {
  it('never leaves an answer stored that the hand-in did not count', async () => {
    const { assignment } = await setup();
    for (let round = 0; round < 9; round++) {
      const { student } = await joinClass({ code: assignment.code, displayName: `Racer ${round}` });
      const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 8 });
      const ids = { studentId: student.id, attemptId: attempt.id };
      const saves: Promise<unknown>[] = [];
      let handIn: Promise<unknown> | undefined;
      for (let i = 0; i < 8; i++) {
        if (i === round) handIn = submitAttempt(ids); // the hand-in starts at a different place each round
        saves.push(answer({ ...ids, itemId: `q${i}`, clientSeq: i + 1, score: 1 }));
      }
      const [outcomes] = await Promise.all([Promise.allSettled(saves), handIn ?? submitAttempt(ids)]);
      const graded = await getAttemptForStudent(ids);
      const stored = new Set((await listAnswersForStudent(ids)).map((a) => a.itemId));
      expect(graded?.submittedAt).toBeInstanceOf(Date);
      expect(graded?.score).toBe(stored.size);
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled') expect(stored.has(`q${i}`)).toBe(true);
        else {
          expect(outcome.reason).toMatchObject({ code: 'conflict:attempt_submitted' });
          expect(stored.has(`q${i}`)).toBe(false);
        }
      });
    }
  });

  // Deterministic orderings, on PostgreSQL only (PGlite has one connection: a statement never runs inside another
  // session's transaction). A second connection holds a lock so that one side is caught halfway.
  const onPostgres = Boolean(process.env.DATABASE_URL);

  async function withConnection(work: (client: Client) => Promise<void>): Promise<void> {
    const client = new Client({ connectionString: process.env.DATABASE_URL }); // this file's database by now
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  }

  async function waitForLockWaiters(client: Client, count: number): Promise<void> {
    for (const until = Date.now() + 5000; ; ) {
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if ((rows[0]?.n ?? 0) >= count) return;
      if (Date.now() > until) throw new Error(`expected ${count} session(s) waiting for a lock`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it.skipIf(!onPostgres)('a save that comes while a hand-in holds the attempt waits, then is refused and stores nothing', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'q1', score: 1 });
    await withConnection(async (handIn) => {
      // submitAttempt's transaction, held open between its row lock and its commit
      await handIn.query('begin');
      await handIn.query('select * from attempts where id = $1 for update', [attempt.id]);
      const save = answer({ ...ids, itemId: 'q2', clientSeq: 2, score: 1 });
      save.catch(() => undefined); // asserted below
      await waitForLockWaiters(handIn, 1);
      await handIn.query(
        `update attempts set submitted_at = now(), score = (select coalesce(sum(score), 0) from answers where attempt_id = $1) where id = $1`,
        [attempt.id],
      );
      await handIn.query('commit');
      await expect(save).rejects.toMatchObject({ code: 'conflict:attempt_submitted' });
    });
    expect(await getAttemptForStudent(ids)).toMatchObject({ score: 1 });
    expect((await listAnswersForStudent(ids)).map((a) => a.itemId)).toEqual(['q1']);
  });

  it.skipIf(!onPostgres)('a hand-in that comes while a save holds the attempt waits for it, and counts it', async () => {
    const { assignment, student } = await setup();
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 1 });
    const ids = { studentId: student.id, attemptId: attempt.id };
    await answer({ ...ids, itemId: 'q1', clientSeq: 1, score: 0 });
    await withConnection(async (other) => {
      // holding the stored answer's row stops the save's statement after it has locked the attempt
      await other.query('begin');
      await other.query(`select 1 from answers where attempt_id = $1 and item_id = 'q1' for update`, [attempt.id]);
      const save = answer({ ...ids, itemId: 'q1', clientSeq: 2, score: 1 });
      save.catch(() => undefined);
      await waitForLockWaiters(other, 1);
      const handIn = submitAttempt(ids);
      handIn.catch(() => undefined);
      await waitForLockWaiters(other, 2); // the hand-in waits for the save
      await other.query('commit');
      await expect(save).resolves.toMatchObject({ saved: true, answer: { clientSeq: 2, score: 1 } });
      await expect(handIn).resolves.toMatchObject({ score: 1 });
    });
  });
});
