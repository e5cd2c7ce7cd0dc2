// "Edit" on a library quiz against a real database: only the owner's own row quiz opens (another teacher's, a
// shared one and a shipped file are the same 404 as an unknown id); a second Edit opens the same draft; publishing
// the edit of a duplicated shipped lesson saves its article as the teacher's row and writes the same quiz again,
// as its next version once a student has started it (the student keeps the version they started on).
import { describe, expect, it } from 'vitest';
import { getQuiz, findItem, loadQuiz } from '@/lib/content';
import { isRowArticleId } from '@/lib/content/row-ids';
import { createAssignment } from '@/lib/db/queries/assignments';
import { startOrResumeAttempt } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { duplicateQuiz, getRowQuiz, setQuizVisibility } from '@/lib/db/queries/content';
import { joinClass } from '@/lib/db/queries/students';
import { AppError } from '@/lib/errors';
import { assignmentInput, createTestTeacher, useTestDatabase } from '@/test/db';
import { getDraft, listDrafts } from './drafts';
import { openQuizDraft } from './open';
import { publishDraft } from './publish';
import { editorReducer } from './reducer';
import { englishT } from '@/lib/authoring/test-t';

const checkT = englishT('contentCheck');

useTestDatabase();

const status = (p: Promise<unknown>) => p.then(() => 200, (e: unknown) => (e instanceof AppError ? e.status : 500));

describe('Edit on a library quiz', () => {
  it('opens only the owner’s row quiz: another teacher’s (shared or not), a shipped file and an unknown id are 404', async () => {
    const owner = await createTestTeacher('Owner');
    const other = await createTestTeacher('Other');
    const copy = await duplicateQuiz({ teacherId: owner.id, sourceId: 'paktika-booster' });
    expect(await status(openQuizDraft({ ownerId: other.id, quizId: copy.quiz.id }))).toBe(404);
    await setQuizVisibility({ ownerId: owner.id, quizId: copy.quiz.id, visibility: 'library' });
    expect(await status(openQuizDraft({ ownerId: other.id, quizId: copy.quiz.id }))).toBe(404);
    expect(await status(openQuizDraft({ ownerId: owner.id, quizId: 'paktika-booster' }))).toBe(404);
    expect(await status(openQuizDraft({ ownerId: owner.id, quizId: 'tq-0000000000000000' }))).toBe(404);
    expect(await listDrafts({ ownerId: other.id })).toEqual([]);
    const draft = await openQuizDraft({ ownerId: owner.id, quizId: copy.quiz.id });
    expect(await getDraft({ ownerId: other.id, draftId: draft.id })).toBeNull();
  });

  it('a second Edit opens the same draft; publishing writes the same quiz, then its next version once a student started', async () => {
    const teacher = await createTestTeacher();
    const copy = await duplicateQuiz({ teacherId: teacher.id, sourceId: 'paktika-practice' });
    const draft = await openQuizDraft({ ownerId: teacher.id, quizId: copy.quiz.id });
    expect(draft.state.published).toEqual({ quizId: copy.quiz.id, articleId: 'paktika-airstrikes-2024' });
    expect((await openQuizDraft({ ownerId: teacher.id, quizId: copy.quiz.id })).id).toBe(draft.id);

    const order = draft.state.items.findIndex((d) => d.item.type === 'order');
    const match = draft.state.items.findIndex((d) => d.item.type === 'match');
    let state = editorReducer(draft.state, { type: 'item', index: order, path: ['prompt'], value: 'Put these checks in order (edited).' });
    state = editorReducer(state, { type: 'item', index: match, path: ['claims', 0, 'feedback'], value: 'Edited feedback: look at who is speaking.' });
    const out = await publishDraft({ ownerId: teacher.id, draft: { ...draft, state }, practiceConfirmed: false, t: checkT });
    expect(out.quizId).toBe(copy.quiz.id);
    expect(isRowArticleId(out.articleId)).toBe(true);
    const row = (await getRowQuiz({ quizId: copy.quiz.id }))!;
    expect(row.version).toBe(1); // nobody has started it: edited in place
    expect(row.quiz.article).toBe(out.articleId);
    expect(row.article.blocks).toEqual((await loadQuiz('paktika-practice'))!.article.blocks);
    const orderId = String(state.items[order]!.item.id);
    const matchId = String(state.items[match]!.item.id);
    expect(findItem(row.quiz, orderId)?.prompt).toBe('Put these checks in order (edited).');
    expect((findItem(row.quiz, matchId) as { claims: Array<{ feedback: string }> }).claims[0]!.feedback).toMatch(/^Edited feedback/);
    expect(row.quiz.sections.map((s) => s.id)).toEqual(copy.quiz.sections.map((s) => s.id));

    const klass = await createClass({ teacherId: teacher.id, name: 'Class' });
    const assignment = await createAssignment({ teacherId: teacher.id, classId: klass.id, input: assignmentInput({ quizId: copy.quiz.id }) });
    const { student } = await joinClass({ code: assignment.code, displayName: 'Sam' });
    const { attempt } = await startOrResumeAttempt({ studentId: student.id, assignmentId: assignment.id, maxScore: 2, quizVersion: 1 });

    const again = (await openQuizDraft({ ownerId: teacher.id, quizId: copy.quiz.id }))!;
    expect(again.id).toBe(draft.id);
    expect(again.state.published?.articleId).toBe(out.articleId);
    const next = editorReducer(again.state, { type: 'item', index: order, path: ['prompt'], value: 'Second edit of the order prompt.' });
    const v2 = await publishDraft({ ownerId: teacher.id, draft: { ...again, state: next }, practiceConfirmed: false, t: checkT });
    expect(v2.version).toBe(2);
    expect(v2.articleId).toBe(out.articleId); // the same article row, not a new one
    expect(findItem((await getQuiz(copy.quiz.id, attempt.quizVersion))!, orderId)?.prompt).toBe('Put these checks in order (edited).');
    expect(findItem((await getQuiz(copy.quiz.id))!, orderId)?.prompt).toBe('Second edit of the order prompt.');
  });
});
