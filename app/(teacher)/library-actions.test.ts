// The library's server actions against a real database: each re-checks the session and ownership itself; another
// teacher's private quiz is "not found" for every action; duplicating never edits the source; publishing runs the
// full check again on the stored version. Only the session and Next's cache are mocked.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadQuiz } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { getRowQuiz, getRowQuizForTeacher, listOwnQuizzes } from '@/lib/db/queries/content';
import { contentQuizVersions, contentQuizzes } from '@/lib/db/schema';
import { ownFixtureQuiz } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { asTeacher, signedIn as session } from '@/test/session-mock';
import { duplicateQuizAction, editQuizAction, publishQuizAction, shareQuizAction, type LibraryState } from './library-actions';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));
vi.mock('next-intl/server', () => import('@/test/next-intl-server-mock'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
// Next's redirect is a thrown error too: the URL it would go to is in the message here
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
}));

useTestDatabase();

const idle: LibraryState = { status: 'idle' };
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe('library actions', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('refuse a visitor (the redirect to sign in) and anything that is not a form', async () => {
    await expect(shareQuizAction(idle, form({ quizId: 'paktika-practice', visibility: 'library' }))).rejects.toThrow(/sign-in/);
    session.teacher = asTeacher(await createTestTeacher());
    expect((await duplicateQuizAction(idle, {} as FormData)).status).toBe('error');
    expect(await duplicateQuizAction(idle, form({ quizId: '../x' }))).toEqual({ status: 'error', message: 'That quiz was not found.' });
  });

  it('duplicate a shipped quiz into a new private draft of the teacher’s, leaving the shipped one unchanged', async () => {
    const teacher = await createTestTeacher();
    session.teacher = asTeacher(teacher);
    const before = await loadQuiz('paktika-practice');
    const result = await duplicateQuizAction(idle, form({ quizId: 'paktika-practice' }));
    expect(result).toMatchObject({ status: 'success', message: expect.stringContaining('(copy)') });
    const [copy] = await listOwnQuizzes({ teacherId: teacher.id });
    expect(copy).toMatchObject({ ownerId: teacher.id, visibility: 'private', status: 'draft', duplicatedFrom: 'paktika-practice' });
    expect((await getRowQuiz({ quizId: copy!.id }))?.quiz.use).toBe('assessment');
    expect(await loadQuiz('paktika-practice')).toEqual(before);
  });

  it('share and publish only for the owner: to another teacher a private quiz is not found; a shared one is read-only', async () => {
    const { owner, row } = await ownFixtureQuiz();
    const other = await createTestTeacher('Other');
    session.teacher = asTeacher(other);
    const notFound = { status: 'error', message: 'That quiz was not found.' };
    expect(await shareQuizAction(idle, form({ quizId: row.quiz.id, visibility: 'library' }))).toEqual(notFound);
    expect(await publishQuizAction(idle, form({ quizId: row.quiz.id, status: 'published' }))).toEqual(notFound);
    expect(await duplicateQuizAction(idle, form({ quizId: row.quiz.id }))).toEqual(notFound);
    expect(await duplicateQuizAction(idle, form({ quizId: 'tq-0000000000000000' }))).toEqual(notFound);

    session.teacher = asTeacher(owner);
    expect((await shareQuizAction(idle, form({ quizId: row.quiz.id, visibility: 'library' }))).status).toBe('success');

    session.teacher = asTeacher(other);
    expect(await getRowQuizForTeacher({ teacherId: other.id, quizId: row.quiz.id })).not.toBeNull();
    // shared: still not theirs to share, unshare or publish
    expect(await shareQuizAction(idle, form({ quizId: row.quiz.id, visibility: 'private' }))).toEqual(notFound);
    expect(await publishQuizAction(idle, form({ quizId: row.quiz.id, status: 'published' }))).toEqual(notFound);
    expect((await duplicateQuizAction(idle, form({ quizId: row.quiz.id }))).status).toBe('success');
    const [theirs] = await listOwnQuizzes({ teacherId: other.id });
    expect(theirs).toMatchObject({ ownerId: other.id, visibility: 'private', status: 'draft', duplicatedFrom: row.quiz.id });
    expect((await getRowQuiz({ quizId: row.quiz.id }))?.meta).toMatchObject({ ownerId: owner.id, visibility: 'library', status: 'draft', revision: 2 });
  });

  it('publish runs the full check again: a stored version that fails the quality lint is refused with every problem', async () => {
    const { owner, row } = await ownFixtureQuiz();
    session.teacher = asTeacher(owner);
    // a version stored before a lint rule existed (or changed by hand): the key made the longest option
    const cued = structuredClone(row.quiz) as any;
    cued.sections[0].items[1].options[1].text = 'The weather office, which measured the rise on Monday';
    const db = await getDb();
    await db.update(contentQuizVersions).set({ quiz: cued }).where(eq(contentQuizVersions.quizId, row.quiz.id));
    const refused = await publishQuizAction(idle, form({ quizId: row.quiz.id, status: 'published' }));
    expect(refused.status).toBe('error');
    expect(refused.message).toMatch(/cannot be published/);
    expect(refused.problems?.some((p) => /quality: the key is the strictly longest option/.test(p))).toBe(true);
    expect((await getRowQuiz({ quizId: row.quiz.id }))?.meta.status).toBe('draft');

    // put right by hand too, with the revision bumped as a save would (parsed versions are cached by revision)
    await db.update(contentQuizVersions).set({ quiz: row.quiz }).where(eq(contentQuizVersions.quizId, row.quiz.id));
    await db.update(contentQuizzes).set({ revision: 2 }).where(eq(contentQuizzes.id, row.quiz.id));
    expect((await publishQuizAction(idle, form({ quizId: row.quiz.id, status: 'published' }))).status).toBe('success');
    expect((await getRowQuiz({ quizId: row.quiz.id }))?.meta.status).toBe('published');
    expect((await publishQuizAction(idle, form({ quizId: row.quiz.id, status: 'draft' }))).status).toBe('success');
    expect((await getRowQuiz({ quizId: row.quiz.id }))?.meta.status).toBe('draft');
  });

  it('edit opens the owner’s quiz in the editor (the same draft each time); to anyone else, shared or not, it is not found', async () => {
    const { owner, row } = await ownFixtureQuiz();
    const other = await createTestTeacher('Other');
    const notFound = { status: 'error', message: 'That quiz was not found.' };
    session.teacher = asTeacher(owner);
    const first = await editQuizAction(idle, form({ quizId: row.quiz.id })).catch((e: Error) => e.message);
    expect(first).toMatch(/^redirect \/teacher\/drafts\/[0-9a-f-]{36}$/);
    expect(await editQuizAction(idle, form({ quizId: row.quiz.id })).catch((e: Error) => e.message)).toBe(first);
    expect(await editQuizAction(idle, form({ quizId: 'paktika-practice' }))).toEqual(notFound);
    expect((await shareQuizAction(idle, form({ quizId: row.quiz.id, visibility: 'library' }))).status).toBe('success');
    session.teacher = asTeacher(other);
    expect(await editQuizAction(idle, form({ quizId: row.quiz.id }))).toEqual(notFound);
    expect(await editQuizAction(idle, form({ quizId: '../x' }))).toEqual(notFound);
    session.teacher = null;
    await expect(editQuizAction(idle, form({ quizId: row.quiz.id }))).rejects.toThrow(/sign-in/);
  });
});
