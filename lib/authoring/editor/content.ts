import 'server-only';
// A draft state in the content format: the article and the quiz exactly as publishing would save them, so the
// live checks judge what will be published. The ids here are placeholders; publishing gives the rows their own.
import { toArticle, toQuiz, type DraftBlock, type DraftItem } from '@/lib/authoring';
import type { DraftState } from './state';

export const DRAFT_ARTICLE_ID = 'draft-article';
export const DRAFT_QUIZ_ID = 'draft-quiz';

export function draftArticle(state: DraftState, id = DRAFT_ARTICLE_ID) {
  const { title, outlet, dateline, published, link, note } = state.meta;
  const article = toArticle(
    { id, title, outlet, dateline, ...(published && { published }) },
    state.blocks as DraftBlock[],
    state.sentences,
  );
  const notes = [note, link && `Source: ${link}`].filter(Boolean).join(' ');
  return notes ? { ...article, note: notes } : article;
}

// Items with a section of the quiz they were opened from go back into it, in order; the others (drafted since) into
// sections by kind after them, as for a new quiz.
export function draftQuiz(state: DraftState, articleId = DRAFT_ARTICLE_ID, id = DRAFT_QUIZ_ID) {
  const meta = { id, ...state.quiz };
  if (!state.layout) return { ...toQuiz(meta, articleId, state.items as unknown as DraftItem[]), use: state.use };
  const { sections: layout, uncovered: _uncovered, claimMap, ...kept } = state.layout;
  const known = new Set(layout.map((s) => s.id));
  const placed = layout
    .map((s) => ({ ...s, items: state.items.filter((d) => d.section === s.id).map((d) => d.item) }))
    .filter((s) => s.items.length > 0);
  const rest = state.items.filter((d) => !d.section || !known.has(d.section));
  const quiz = toQuiz(meta, articleId, rest as unknown as DraftItem[]);
  const added = quiz.sections.map((s) => (known.has(s.id) ? { ...s, id: `${s.id}-new` } : s));
  return { ...quiz, ...kept, claimMap: claimMapFor(claimMap, state), sections: [...placed, ...added], use: state.use };
}

// The claim map has no form: a claim whose classify item the teacher removed (or drafted over) loses only its link
// to that item (the results page then shows the claim without the student's answer), never blocks publishing.
function claimMapFor(claimMap: Array<Record<string, unknown>>, state: DraftState) {
  const classify = new Set(state.items.filter((d) => d.item.type === 'classify').map((d) => d.item.id));
  return claimMap.map((party) => ({
    ...party,
    claims: Array.isArray(party.claims)
      ? (party.claims as Array<Record<string, unknown>>).map(({ item, ...claim }) => (item === undefined || classify.has(item) ? { ...claim, ...(item !== undefined && { item }) } : claim))
      : party.claims,
  }));
}
