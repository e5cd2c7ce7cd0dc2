import 'server-only';
// A draft state in the content format: the article and the quiz exactly as publishing would save them, so the
// live checks judge what will be published. The ids here are placeholders; publishing gives the rows their own.
import { toArticle, toQuiz, type DraftBlock, type DraftItem } from '@/lib/authoring';
import type { DraftState } from './state';

export const DRAFT_ARTICLE_ID = 'draft-article';
export const DRAFT_QUIZ_ID = 'draft-quiz';

export function draftArticle(state: DraftState, id = DRAFT_ARTICLE_ID) {
  const { title, outlet, dateline, published, link } = state.meta;
  const article = toArticle(
    { id, title, outlet, dateline, ...(published && { published }) },
    state.blocks as DraftBlock[],
    state.sentences,
  );
  return link ? { ...article, note: `Source: ${link}` } : article;
}

export function draftQuiz(state: DraftState, articleId = DRAFT_ARTICLE_ID, id = DRAFT_QUIZ_ID) {
  const quiz = toQuiz({ id, ...state.quiz }, articleId, state.items as unknown as DraftItem[]);
  return { ...quiz, use: state.use };
}
