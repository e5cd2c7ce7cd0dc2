import 'server-only';
// Publishing a draft: the same live checks again on the server (the button being enabled proves nothing), then the
// article and the quiz are saved as the teacher's rows through lib/db/queries/content.ts (which runs the content
// check once more) and the quiz is made assignable. Publishing again updates the same rows: a version that
// students have started is kept, and the edit becomes the next version.
import { createQuiz, getRowQuiz, saveArticle, saveQuiz, setQuizStatus } from '@/lib/db/queries/content';
import { saveDraft, type Draft } from '@/lib/authoring/editor/drafts';
import { isRowArticleId } from '@/lib/content/row-ids';
import type { Translate } from '@/lib/authoring/messages';
import type { LintWords } from '@/content/lint/lint';
import { AppError, errorMessage } from '@/lib/errors';
import { checkDraft, type Finding } from './check';
import { draftArticle, draftQuiz } from './content';

export class DraftCheckError extends AppError {
  constructor(readonly findings: Finding[]) {
    super(
      'bad_request:draft_checks',
      errorMessage('draft.checksFail', { count: findings.length }),
    );
  }
}

/** `t`: the contentCheck namespace in the teacher's language, for the findings of a refusal. */
export async function publishDraft({
  ownerId,
  draft,
  practiceConfirmed,
  t,
  lintWords,
}: {
  ownerId: string;
  draft: Draft;
  practiceConfirmed: boolean;
  t: Translate;
  lintWords?: LintWords;
}) {
  const { state } = draft;
  if (state.use === 'practice' && !practiceConfirmed) {
    throw new AppError('bad_request:practice_unconfirmed', 'draft.practiceUnconfirmed');
  }
  const report = checkDraft(state, t, lintWords);
  if (!report.ok) throw new DraftCheckError(report.findings);
  // a quiz opened from a duplicate of a shipped lesson is on the shipped (file) article: its edit is saved as the
  // teacher's own article row, and the new version points at it
  const ownArticle = state.published && isRowArticleId(state.published.articleId) ? state.published.articleId : undefined;
  const article = await saveArticle({ ownerId, id: ownArticle, article: draftArticle(state) });
  const body = draftQuiz(state, article.id);
  const existing = state.published ? await getRowQuiz({ quizId: state.published.quizId }) : null;
  const row =
    existing && existing.meta.ownerId === ownerId
      ? await saveQuiz({ ownerId, quizId: existing.meta.id, quiz: body, expectedRevision: existing.meta.revision })
      : await createQuiz({ ownerId, quiz: body });
  await setQuizStatus({ ownerId, quizId: row.meta.id, status: 'published' });
  const saved = await saveDraft({
    ownerId,
    draftId: draft.id,
    state,
    expectedRevision: draft.revision,
    published: { quizId: row.meta.id, articleId: article.id },
  });
  return { quizId: row.meta.id, articleId: article.id, version: row.version, revision: saved.revision };
}
