// Publishes the saved draft (the editor saves first) as the teacher's row quiz. Refused with every failing check
// (400), on a stale revision (409), and for practice use without the author's confirmation (400).
import { getTranslations } from 'next-intl/server';
import { requestLintWords } from '@/lib/content/lint-report';
import { z } from 'zod';
import { DraftCheckError, publishDraft } from '@/lib/authoring/editor/publish';
import { readBody, draftRoute } from '@/lib/authoring/editor/route';
import { DRAFT_CONFLICT_MESSAGE } from '@/lib/authoring/editor/drafts';
import { AppError } from '@/lib/errors';
import { json } from '@/lib/http';

const bodySchema = z.strictObject({ revision: z.number().int().min(1), practiceConfirmed: z.boolean().default(false) });

export const POST = draftRoute('publish draft', async ({ request, teacher, draft }) => {
  const { revision, practiceConfirmed } = await readBody(request, bodySchema, 1000);
  if (revision !== draft.revision) throw new AppError('conflict:draft_revision', DRAFT_CONFLICT_MESSAGE);
  try {
    return json(await publishDraft({ ownerId: teacher.id, draft, practiceConfirmed, t: await getTranslations('contentCheck'), lintWords: await requestLintWords() }));
  } catch (error) {
    if (error instanceof DraftCheckError) return json({ ...error.toJSON(), findings: error.findings }, 400);
    throw error;
  }
});
