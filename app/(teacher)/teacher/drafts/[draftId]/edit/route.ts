// Merge or split a sentence: the new state (sentence ids and everything naming them renumbered) and the
// assistant's view of the new sentences. Not saved here: the editor saves it with its next autosave.
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { applyEdit, editOpSchema } from '@/lib/authoring/editor/edit';
import { readBody, draftRoute } from '@/lib/authoring/editor/route';
import { draftStateSchema } from '@/lib/authoring/editor/state';
import { AppError } from '@/lib/errors';
import { json } from '@/lib/http';

const bodySchema = z.strictObject({ state: draftStateSchema, edit: editOpSchema });

export const POST = draftRoute('edit draft sentences', async ({ request }) => {
  const { state, edit } = await readBody(request, bodySchema);
  const result = applyEdit(state, edit, await getTranslations('authoring'));
  if (!result.ok) throw new AppError('bad_request:edit', { said: result.message });
  return json(result);
});
