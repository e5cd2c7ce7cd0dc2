// The live checks on the editor's current state (debounced by the editor): content check, coverage, quality lint.
import { getTranslations } from 'next-intl/server';
import { requestLintWords } from '@/lib/content/lint-report';
import { z } from 'zod';
import { checkDraft } from '@/lib/authoring/editor/check';
import { readBody, draftRoute } from '@/lib/authoring/editor/route';
import { draftStateSchema } from '@/lib/authoring/editor/state';
import { json } from '@/lib/http';

const bodySchema = z.strictObject({ state: draftStateSchema });

export const POST = draftRoute('check draft', async ({ request }) => {
  const { state } = await readBody(request, bodySchema);
  return json(checkDraft(state, await getTranslations('contentCheck'), await requestLintWords()));
});
