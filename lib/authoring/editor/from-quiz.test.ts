// A library quiz opened in the editor and published again unchanged is the same quiz: for every shipped quiz, the
// state built from it turns back (content.ts, what the live checks and publishing use) into its article and quiz.
import { describe, expect, it } from 'vitest';
import type { Quiz } from '@/content/schema';
import { getFileArticle, listFileQuizzes } from '@/lib/content/files';
import { checkDraft } from './check';
import { draftArticle, draftQuiz } from './content';
import { applyEdit } from './edit';
import { stateFromQuiz } from './from-quiz';
import { draftStateSchema } from './state';
import { englishT } from '@/lib/authoring/test-t';

const checkT = englishT('contentCheck');
const authoringT = englishT('authoring');

const shipped = listFileQuizzes();

describe('stateFromQuiz', () => {
  it('covers the five shipped quizzes', () => {
    expect(shipped.map((q) => q.id).sort()).toEqual([
      'paktika-assessment',
      'paktika-booster',
      'paktika-images',
      'paktika-numbers-words',
      'paktika-practice',
    ]);
  });

  it.each(shipped.map((q) => [q.id, q] as const))('%s: round trip to the same article and quiz, and the checks pass', (_id, quiz) => {
    const article = getFileArticle(quiz.article)!;
    const state = stateFromQuiz(quiz, article);
    expect(draftStateSchema.safeParse(JSON.parse(JSON.stringify(state))).success).toBe(true);
    expect(state.published).toEqual({ quizId: quiz.id, articleId: article.id });
    expect(draftArticle(state, article.id)).toEqual(article);
    expect(draftQuiz(state, quiz.article, quiz.id)).toEqual(quiz);
    const report = checkDraft(state, checkT);
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('keeps a pasted article’s link as its link, and the claim map’s parties as the editor’s parties', () => {
    const quiz = shipped.find((q) => q.id === 'paktika-practice')!;
    const article = { ...getFileArticle(quiz.article)!, note: 'Source: https://example.test/a' };
    const state = stateFromQuiz(quiz, article);
    expect(state.meta).toMatchObject({ link: 'https://example.test/a' });
    expect(state.meta.note).toBeUndefined();
    expect(draftArticle(state, article.id).note).toBe('Source: https://example.test/a');
    expect(state.parties.map((p) => p.name)).toEqual(quiz.claimMap.map((p) => p.party));
    const named = quiz.claimMap[0]!.claims[0]!.sentences[0]!;
    expect(state.sentences.find((s) => s.id === named)).toMatchObject({ party: state.parties[0]!.id, status: quiz.claimMap[0]!.claims[0]!.status });
  });

  it('an item drafted after opening goes into a section of its kind after the quiz’s own sections', () => {
    const quiz = shipped.find((q) => q.id === 'paktika-booster')!;
    const state = stateFromQuiz(quiz, getFileArticle(quiz.article)!);
    const extra = { ...state.items[0]!, section: undefined, kind: 'source' as const };
    const out = draftQuiz({ ...state, items: [...state.items, extra] }, quiz.article, quiz.id);
    expect(out.sections.map((s) => s.id)).toEqual([...quiz.sections.map((s) => s.id), 'source']);
  });

  it('coverage: sentences the lesson left to the other lessons are not asked for, but removing its only item on a sentence is named', () => {
    const quiz = shipped.find((q) => q.id === 'paktika-booster')!;
    const state = stateFromQuiz(quiz, getFileArticle(quiz.article)!);
    expect(state.layout!.uncovered.length).toBeGreaterThan(0);
    const counts = new Map<string, number>();
    for (const d of state.items) for (const s of new Set(d.item.sentences as string[])) counts.set(s, (counts.get(s) ?? 0) + 1);
    const index = state.items.findIndex((d) => (d.item.sentences as string[]).some((s) => counts.get(s) === 1));
    const only = (state.items[index]!.item.sentences as string[]).find((s) => counts.get(s) === 1)!;
    const report = checkDraft({ ...state, items: state.items.filter((_, i) => i !== index) }, checkT);
    expect(report.findings.filter((f) => f.source === 'coverage').map((f) => f.sentenceId)).toContain(only);
  });

  it('a merge of two sentences in an opened lesson renames them in the claim map and the items too', () => {
    const quiz = shipped.find((q) => q.id === 'paktika-practice')!;
    const state = stateFromQuiz(quiz, getFileArticle(quiz.article)!);
    const merged = applyEdit(state, { op: 'merge', sentence: 'p1-s1' }, authoringT);
    if (!merged.ok) throw new Error(merged.message);
    const live = new Set(merged.state.sentences.map((s) => s.id));
    const named = merged.state.layout!.claimMap.flatMap((p) => (p.claims as Array<{ sentences: string[] }>).flatMap((c) => c.sentences));
    expect(named.filter((id) => !live.has(id))).toEqual([]);
    expect(checkDraft(merged.state, checkT).findings.filter((f) => f.source === 'content')).toEqual([]);
  });

  it('removing a classify item the claim map links to drops only that link, so the quiz can still be published', () => {
    const quiz = shipped.find((q) => q.id === 'paktika-practice')!;
    const state = stateFromQuiz(quiz, getFileArticle(quiz.article)!);
    const linked = new Set(quiz.claimMap.flatMap((p) => p.claims.flatMap((c) => (c.item ? [c.item] : []))));
    expect(linked.size).toBeGreaterThan(0);
    const [gone] = [...linked];
    const items = state.items.filter((d) => d.item.id !== gone);
    const out = draftQuiz({ ...state, items }, quiz.article, quiz.id);
    const links = (map: Array<{ claims: Array<{ item?: string }> }>) => map.flatMap((p) => p.claims.flatMap((c) => (c.item ? [c.item] : [])));
    expect(links(out.claimMap as unknown as Quiz['claimMap'])).toEqual(links(quiz.claimMap).filter((i) => i !== gone));
    expect(checkDraft({ ...state, items }, checkT).findings.filter((f) => f.source === 'content')).toEqual([]);
  });
});
