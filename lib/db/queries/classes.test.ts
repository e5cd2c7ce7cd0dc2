import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { createAssignment, getOpenAssignmentByCode, listAssignmentsForClass } from './assignments';
import { archiveClass, createClass, getClassForTeacher, listClassesForTeacher, renameClass, restoreClass } from './classes';

useTestDatabase();

describe('classes', () => {
  it('are created, renamed and listed for their teacher', async () => {
    const t = await createTestTeacher();
    const c = await createClass({ teacherId: t.id, name: '  Year 9   Media ' });
    expect(c.name).toBe('Year 9 Media');
    await renameClass({ teacherId: t.id, classId: c.id, name: 'Year 9 Media Literacy' });
    const list = await listClassesForTeacher({ teacherId: t.id });
    expect(list).toMatchObject([{ id: c.id, name: 'Year 9 Media Literacy', studentCount: 0, openAssignmentCount: 0 }]);
  });

  it('refuse an empty or too long name with a field message', async () => {
    const t = await createTestTeacher();
    await expect(createClass({ teacherId: t.id, name: '   ' })).rejects.toMatchObject({
      code: 'bad_request:class_name',
      fields: { name: 'Give the class a name.' },
    });
    await expect(createClass({ teacherId: t.id, name: 'x'.repeat(81) })).rejects.toBeInstanceOf(AppError);
  });

  it('archiving closes open assignments and frees their codes; archived classes list last', async () => {
    const t = await createTestTeacher();
    const a = await createClass({ teacherId: t.id, name: 'A' });
    const b = await createClass({ teacherId: t.id, name: 'B' });
    const asg = await createAssignment({ teacherId: t.id, classId: a.id, input: assignmentInput() });
    expect(await getOpenAssignmentByCode({ code: asg.code })).not.toBeNull();
    const archived = await archiveClass({ teacherId: t.id, classId: a.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await archiveClass({ teacherId: t.id, classId: a.id })).toMatchObject({ archivedAt: archived.archivedAt });
    expect(await getOpenAssignmentByCode({ code: asg.code })).toBeNull();
    const [closed] = (await listAssignmentsForClass({ teacherId: t.id, classId: a.id })) ?? [];
    expect(closed?.closedAt).toBeInstanceOf(Date);
    expect((await listClassesForTeacher({ teacherId: t.id })).map((c) => c.name)).toEqual(['B', 'A']);
    expect((await listClassesForTeacher({ teacherId: t.id, includeArchived: false })).map((c) => c.id)).toEqual([b.id]);
    await expect(createAssignment({ teacherId: t.id, classId: a.id, input: assignmentInput() })).rejects.toMatchObject({
      code: 'conflict:class_archived',
    });
    expect((await restoreClass({ teacherId: t.id, classId: a.id })).archivedAt).toBeNull();
  });

  it('are invisible to another teacher', async () => {
    // exactly what an unknown id gets, as SECURITY.md promises
    const unknownClass = { code: 'not_found:class', message: 'That class was not found.' };
    await expect(renameClass({ teacherId: 'nobody', classId: crypto.randomUUID(), name: 'x' })).rejects.toMatchObject(unknownClass);
    const alice = await createTestTeacher('Alice');
    const bob = await createTestTeacher('Bob');
    const c = await createClass({ teacherId: alice.id, name: 'Alice class' });
    expect(await getClassForTeacher({ teacherId: bob.id, classId: c.id })).toBeNull();
    expect(await getClassForTeacher({ teacherId: bob.id, classId: 'not-a-uuid' })).toBeNull();
    expect(await listClassesForTeacher({ teacherId: bob.id })).toEqual([]);
    expect(await listAssignmentsForClass({ teacherId: bob.id, classId: c.id })).toBeNull();
    await expect(renameClass({ teacherId: bob.id, classId: c.id, name: 'Mine now' })).rejects.toMatchObject(unknownClass);
    await expect(archiveClass({ teacherId: bob.id, classId: c.id })).rejects.toMatchObject(unknownClass);
    await expect(createAssignment({ teacherId: bob.id, classId: c.id, input: assignmentInput() })).rejects.toMatchObject({
      ...unknownClass,
    });
    expect(await getClassForTeacher({ teacherId: alice.id, classId: c.id })).toMatchObject({ name: 'Alice class' });
  });
});
