// The editor's server side on the harbour fixture: merge/split keep the teacher's choices and the items' links,
// drafting gives at least 10 items of at least 4 kinds, the live checks name each finding's item and field, and
// publishing refuses while a check fails, then saves an assignable row quiz (assessment unless practice is chosen).
import { describe, expect, it } from 'vitest';
import { englishWords } from '@/question-types/shared/teacher-words';
import { createDraft, getDraft } from '@/lib/authoring/editor/drafts';
import { canAssignQuiz, getRowQuiz } from '@/lib/db/queries/content';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { newDraftState } from './assistant';
import { harbourState } from './fixture-state';
import { checkDraft, type Finding } from './check';
import { applyEdit } from './edit';
import { draftedItems } from './items';
import { DraftCheckError, publishDraft } from './publish';
import type { DraftState } from './state';
import { englishT } from '@/lib/authoring/test-t';

const checkT = englishT('contentCheck');
const authoringT = englishT('authoring');

useTestDatabase();

const first = harbourState;

const PLAIN = 'Ask who says it and whether anyone else in the story agrees.';
// what a teacher does with each finding: rewrite a flagged text in plain words, drop a tag the words do not show,
// mark an uncovered sentence as asserting nothing checkable, and drop items the quiz-wide findings are about
function fixed(state: DraftState, findings: Finding[]): DraftState {
  const items = structuredClone(state.items);
  const drop = new Set<string>();
  for (const f of findings) {
    const d = items.find((x) => x.item.id === f.itemId);
    if (!d || !f.field) continue;
    const parts = f.field.split('.');
    let at: any = d.item;
    for (const [i, part] of parts.slice(0, -1).entries()) {
      at = Array.isArray(at) ? at.find((o: { id: string }) => o.id === part) : at[part];
      if (at === undefined) break;
      void i;
    }
    const last = parts.at(-1)!;
    const target = Array.isArray(at) ? at.find((o: { id: string }) => o.id === last) : undefined;
    if (target) delete target.misconception;
    else if (at && typeof at[last] === 'string') at[last] = PLAIN;
    else drop.add(d.item.id as string);
  }
  const quizWide = findings.filter((f) => !f.itemId && !f.sentenceId && f.source === 'lint');
  const kinds = new Set(quizWide.map((f) => (f.message.startsWith(`“${englishWords('types.classify')}”`) ? 'classify' : 'single')));
  const uncovered = new Set(findings.flatMap((f) => (f.sentenceId ? [f.sentenceId] : [])));
  let kept = items.filter((d) => !drop.has(d.item.id as string));
  for (const kind of kinds) {
    const of = kept.filter((d) => d.item.type === kind);
    kept = kept.filter((d) => d !== of[0]);
  }
  return { ...state, items: kept, sentences: state.sentences.map((s) => (uncovered.has(s.id) ? { ...s, claim: false } : s)) };
}

/** A state every check passes: drafted items with every finding fixed. */
function passing(): DraftState {
  let state = { ...first(), items: draftedItems(first()) };
  for (let round = 0; round < 30; round++) {
    const report = checkDraft(state, checkT);
    if (report.ok) return state;
    state = fixed(state, report.findings);
  }
  throw new Error(JSON.stringify(checkDraft(state, checkT).findings.slice(0, 5)));
}

describe('the editor on a pasted article', () => {
  it('refuses an article over 20,000 characters with its length and the limit', () => {
    const made = newDraftState({ text: 'Word. '.repeat(4000), title: 'T', outlet: 'O', published: '', link: '' }, authoringT);
    expect(made).toMatchObject({ ok: false, field: 'text' });
    expect(!made.ok && made.message).toMatch(/24,000 characters long; the limit is 20,000/);
  });

  it('merge and split renumber the sentences and keep the teacher’s choices and the items’ links', () => {
    const state = { ...first(), items: draftedItems(first()) };
    const corrected = { ...state, sentences: state.sentences.map((s) => (s.id === 'p2-s3' ? { ...s, status: 'verified' as const } : s)) };
    const merged = applyEdit(corrected, { op: 'merge', sentence: 'p2-s1' }, authoringT);
    if (!merged.ok) throw new Error(merged.message);
    const p2 = merged.state.blocks.find((b) => b.id === 'p2');
    expect(p2?.kind === 'paragraph' && p2.sentences.map((s) => s.id)).toEqual(['p2-s1', 'p2-s2']);
    expect(merged.state.sentences.find((s) => s.id === 'p2-s2')?.status).toBe('verified'); // was p2-s3
    const linked = merged.state.items.flatMap((d) => d.item.sentences as string[]);
    expect(linked).not.toContain('p2-s3');
    expect(merged.assistant.hints.map((h) => h.id)).toEqual(merged.state.sentences.map((s) => s.id));
    const split = applyEdit(merged.state, { op: 'split', sentence: 'p2-s1', offset: 20 }, authoringT);
    expect(split.ok).toBe(true);
    expect(applyEdit(merged.state, { op: 'merge', sentence: 'p2-s2' }, authoringT)).toMatchObject({ ok: false });
  });

  it('drafts at least 10 items of at least 4 kinds, and the checks name the item and field of each finding', () => {
    const items = draftedItems(first());
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(new Set(items.map((d) => d.kind)).size).toBeGreaterThanOrEqual(4);
    const report = checkDraft({ ...first(), items }, checkT);
    expect(report.ok).toBe(false);
    expect(report.findings.some((f) => f.source === 'unfinished' && f.field === 'explanation')).toBe(true);
    expect(report.findings.some((f) => f.source === 'lint' && f.itemId && f.field)).toBe(true);
    const emptied = items.map((d, i) => (i === 0 ? { ...d, item: { ...d.item, prompt: '' } } : d));
    const after = checkDraft({ ...first(), items: emptied }, checkT);
    expect(after.findings).toContainEqual(expect.objectContaining({ source: 'content', itemId: items[0]!.item.id, field: 'prompt' }));
  });

  it('publishing is refused while a check fails, then saves an assignable assessment; practice needs the author’s yes', async () => {
    const teacher = await createTestTeacher();
    const failing = await createDraft({ ownerId: teacher.id, state: { ...first(), items: draftedItems(first()) } });
    await expect(publishDraft({ ownerId: teacher.id, draft: failing, practiceConfirmed: false, t: checkT })).rejects.toBeInstanceOf(
      DraftCheckError,
    );

    const draft = await createDraft({ ownerId: teacher.id, state: passing() });
    const out = await publishDraft({ ownerId: teacher.id, draft, practiceConfirmed: false, t: checkT });
    const row = await getRowQuiz({ quizId: out.quizId });
    expect(row?.quiz.use).toBe('assessment');
    expect(row?.meta.status).toBe('published');
    expect(await canAssignQuiz({ teacherId: teacher.id, quizId: out.quizId })).toBe(true);
    const other = await createTestTeacher('Other');
    expect(await canAssignQuiz({ teacherId: other.id, quizId: out.quizId })).toBe(false);

    const again = (await getDraft({ ownerId: teacher.id, draftId: draft.id }))!;
    expect(again.state.published?.quizId).toBe(out.quizId);
    const practice = { ...again, state: { ...again.state, use: 'practice' as const } };
    await expect(publishDraft({ ownerId: teacher.id, draft: practice, practiceConfirmed: false, t: checkT })).rejects.toMatchObject({
      status: 400,
    });
    const second = await publishDraft({ ownerId: teacher.id, draft: practice, practiceConfirmed: true, t: checkT });
    expect(second.quizId).toBe(out.quizId); // the same row, updated
    expect((await getRowQuiz({ quizId: out.quizId }))?.quiz.use).toBe('practice');
  });
});
