// Creates an editor draft from the paste form (/teacher/quizzes/new): 201 with the editor's address, or 400 with
// a message per field (an article over 20,000 characters is refused here with its length and the limit).
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { newDraftState } from '@/lib/authoring/editor/assistant';
import { readBody } from '@/lib/authoring/editor/route';
import { pasteFormSchema } from '@/lib/authoring/editor/state';
import { assertTeacher } from '@/lib/auth/session';
import { createDraft } from '@/lib/authoring/editor/drafts';
import { AppError, errorResponse } from '@/lib/errors';
import { json } from '@/lib/http';
import { rejectCrossOrigin } from '@/lib/security/origin';

const body = z.record(z.string(), z.unknown());

export async function POST(request: Request) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    const teacher = await assertTeacher();
    const t = await getTranslations('authoring');
    const form = pasteFormSchema.safeParse(await readBody(request, body, 400_000));
    if (!form.success) {
      const fields: Record<string, { said: string }> = {};
      // the schema's messages are keys of the authoring namespace (paste.*); zod's own, for a value of the wrong type,
      // stay as zod words them
      for (const issue of form.error.issues) {
        const max = issue.code === 'too_big' ? { max: Number(issue.maximum) } : undefined;
        fields[String(issue.path[0] ?? 'text')] ??= { said: t.has(issue.message) ? t(issue.message, max) : issue.message };
      }
      throw new AppError('bad_request:paste', 'request.fixFields', { fields });
    }
    const made = newDraftState(form.data, t);
    if (!made.ok) throw new AppError('bad_request:paste', { said: made.message }, { fields: { [made.field]: { said: made.message } } });
    const draft = await createDraft({ ownerId: teacher.id, state: made.state });
    return json({ id: draft.id, url: `/teacher/drafts/${draft.id}` }, 201);
  } catch (error) {
    return errorResponse(error, 'create draft');
  }
}
