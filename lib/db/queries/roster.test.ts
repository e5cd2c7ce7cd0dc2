// Each student is one student: in a roster class nobody joins under a throwaway name, and the same student on
// another device continues as themselves.
import { describe, expect, it } from 'vitest';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { createAssignment } from './assignments';
import { createClass } from './classes';
import { importRoster, rosterJoin, rosterNames } from './roster';
import { getStudentByToken, joinClass, listStudentsForClass } from './students';

useTestDatabase();

async function rosterClass() {
  const teacher = await createTestTeacher();
  const klass = await createClass({ teacherId: teacher.id, name: '9B' });
  await importRoster({ teacherId: teacher.id, classId: klass.id, text: 'name\nAna Diaz\nBen Okafor\n' });
  const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ mode: 'submit' }) });
  const students = (await listStudentsForClass({ teacherId: teacher.id, classId: klass.id }))!;
  return { teacher, klass, assignment, students };
}

describe('roster classes', () => {
  it('refuse a throwaway name: only rostered students, each with their own code, can join', async () => {
    const { assignment, students } = await rosterClass();
    await expect(joinClass({ code: assignment.code, displayName: 'Throwaway 1' })).rejects.toMatchObject({ code: 'bad_request:roster_class' });
    const ana = students.find((s) => s.displayName === 'Ana Diaz')!;
    const ben = students.find((s) => s.displayName === 'Ben Okafor')!;
    expect(ana.personalCode).toMatch(/^[A-Z2-9]{6}$/);
    // Ben's code does not open Ana, and a made-up id opens nothing
    await expect(rosterJoin({ code: assignment.code, studentId: ana.id, personalCode: ben.personalCode! })).rejects.toMatchObject({ code: 'bad_request:personal_code' });
    await expect(rosterJoin({ code: assignment.code, studentId: crypto.randomUUID(), personalCode: ana.personalCode! })).rejects.toMatchObject({ code: 'bad_request:personal_code' });
    const names = await rosterNames(ana.classId);
    expect(names.map((n) => n.displayName)).toEqual(['Ana Diaz', 'Ben Okafor']);
    expect(JSON.stringify(names)).not.toContain(ana.personalCode!);
  });

  it('lets the same student continue as themselves on another device (the old device is signed out)', async () => {
    const { assignment, students } = await rosterClass();
    const ana = students.find((s) => s.displayName === 'Ana Diaz')!;
    const phone = await rosterJoin({ code: assignment.code, studentId: ana.id, personalCode: ana.personalCode!.toLowerCase() });
    const laptop = await rosterJoin({ code: assignment.code, studentId: ana.id, personalCode: ana.personalCode! });
    expect(phone.student.id).toBe(ana.id);
    expect(laptop.student.id).toBe(ana.id);
    expect((await getStudentByToken({ token: laptop.token }))?.id).toBe(ana.id);
    expect(await getStudentByToken({ token: phone.token })).toBeNull();
  });

  it('import all or nothing, reporting bad rows by line', async () => {
    const teacher = await createTestTeacher();
    const klass = await createClass({ teacherId: teacher.id, name: '9C' });
    await expect(importRoster({ teacherId: teacher.id, classId: klass.id, text: `Ana\n${'x'.repeat(50)}\n` })).rejects.toMatchObject({
      code: 'bad_request:roster',
      fields: { roster: 'Line 2: Keep your name to 40 characters or fewer.' },
    });
    expect(await listStudentsForClass({ teacherId: teacher.id, classId: klass.id })).toEqual([]);
    const bob = await createTestTeacher('Bob');
    await expect(importRoster({ teacherId: bob.id, classId: klass.id, text: 'Ana' })).rejects.toMatchObject({ code: 'not_found:class' });
  });
});
