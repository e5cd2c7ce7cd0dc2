import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { closeAssignment, createAssignment } from './assignments';
import { createClass } from './classes';
import { getStudentByToken, hashDeviceToken, joinClass, listStudentsForClass, setStudentTimeFactor } from './students';

useTestDatabase();

async function setup() {
  const t = await createTestTeacher();
  const c = await createClass({ teacherId: t.id, name: 'Class' });
  const a = await createAssignment({ teacherId: t.id, classId: c.id, input: assignmentInput() });
  return { t, c, a };
}

describe('students', () => {
  it('join with a code and a tidied name, and are known by their device token', async () => {
    const { c, a } = await setup();
    const joined = await joinClass({ code: a.code.toLowerCase(), displayName: '  Sam   Lee ' });
    expect(joined.student).toMatchObject({ classId: c.id, displayName: 'Sam Lee', timeFactor: '1' });
    expect(joined.token.length).toBeGreaterThanOrEqual(40);
    expect(joined.assignment.id).toBe(a.id);
    const found = await getStudentByToken({ token: joined.token });
    expect(found?.id).toBe(joined.student.id);
    expect(found?.tokenHash).toBe(hashDeviceToken(joined.token));
    expect(found?.tokenHash).not.toContain(joined.token);
    expect(await getStudentByToken({ token: joined.token, classId: crypto.randomUUID() })).toBeNull();
    expect(await getStudentByToken({ token: 'nope' })).toBeNull();
  });

  it('with the same name in one class are told apart', async () => {
    const { t, c, a } = await setup();
    const names = [];
    for (const n of ['Sam', 'sam', ' SAM ', 'Alex']) names.push((await joinClass({ code: a.code, displayName: n })).student.displayName);
    expect(names).toEqual(['Sam', 'sam (2)', 'SAM (3)', 'Alex']);
    // another class may have its own Sam
    const other = await createClass({ teacherId: t.id, name: 'Other' });
    const oa = await createAssignment({ teacherId: t.id, classId: other.id, input: assignmentInput() });
    expect((await joinClass({ code: oa.code, displayName: 'Sam' })).student.displayName).toBe('Sam');
    const list = await listStudentsForClass({ teacherId: t.id, classId: c.id });
    expect(list?.map((s) => s.displayName)).toEqual(['Alex', 'Sam', 'sam (2)', 'SAM (3)']);
  });

  it('joining at the same moment with the same name still gives distinct names', async () => {
    const { a } = await setup();
    const joined = await Promise.all([1, 2, 3, 4].map(() => joinClass({ code: a.code, displayName: 'Kim' })));
    expect(new Set(joined.map((j) => j.student.displayName)).size).toBe(4);
  });

  it('a join sent again with the same join key gets the same student, even at the same moment', async () => {
    const { t, c, a } = await setup();
    const joinKey = crypto.randomUUID();
    const first = await joinClass({ code: a.code, displayName: 'Rui', joinKey });
    const resent = await joinClass({ code: a.code, displayName: 'Rui', joinKey });
    expect(resent.student.id).toBe(first.student.id);
    expect(resent.token).toBe(first.token);
    const other = crypto.randomUUID();
    const both = await Promise.all([1, 2, 3].map(() => joinClass({ code: a.code, displayName: 'Ivo', joinKey: other })));
    expect(new Set(both.map((j) => j.student.id)).size).toBe(1);
    // a new form (a new key) is a new student
    const again = await joinClass({ code: a.code, displayName: 'Rui', joinKey: crypto.randomUUID() });
    expect(again.student.id).not.toBe(first.student.id);
    const list = await listStudentsForClass({ teacherId: t.id, classId: c.id });
    expect(list?.map((s) => s.displayName)).toEqual(['Ivo', 'Rui', 'Rui (2)']);
  });

  it('a join key sent with another name never makes this device an earlier student', async () => {
    const { a } = await setup();
    const joinKey = crypto.randomUUID();
    const first = await joinClass({ code: a.code, displayName: 'Noor', joinKey });
    // the same form sent with another name (a shared computer, a new name): a new student, not Noor
    const otherName = await joinClass({ code: a.code, displayName: 'Someone else', joinKey });
    expect(otherName.student.id).not.toBe(first.student.id);
    expect(otherName.token).not.toBe(first.token);
  });

  it('cannot join with a bad name or a closed code', async () => {
    const { t, a } = await setup();
    await expect(joinClass({ code: a.code, displayName: ' ' })).rejects.toMatchObject({ code: 'bad_request:display_name' });
    await expect(joinClass({ code: a.code, displayName: 'x'.repeat(41) })).rejects.toMatchObject({ code: 'bad_request:display_name' });
    await expect(joinClass({ code: 'ZZZZZZ', displayName: 'Sam' })).rejects.toMatchObject({ code: 'not_found:join_code' });
    await closeAssignment({ teacherId: t.id, assignmentId: a.id });
    await expect(joinClass({ code: a.code, displayName: 'Sam' })).rejects.toMatchObject({ code: 'not_found:join_code' });
  });

  it('are listed and given time allowances only by their own teacher', async () => {
    const { t, c, a } = await setup();
    const bob = await createTestTeacher('Bob');
    const { student } = await joinClass({ code: a.code, displayName: 'Ana' });
    expect(await listStudentsForClass({ teacherId: bob.id, classId: c.id })).toBeNull();
    await expect(setStudentTimeFactor({ teacherId: bob.id, studentId: student.id, timeFactor: '2' })).rejects.toMatchObject({
      code: 'not_found:student',
      message: 'That student was not found.',
    });
    expect((await setStudentTimeFactor({ teacherId: t.id, studentId: student.id, timeFactor: '1.5' })).timeFactor).toBe('1.5');
  });
});
