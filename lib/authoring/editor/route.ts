import 'server-only';
// What every editor route does first: refuse another site, check the session, load the draft only if this
// teacher owns it (another teacher's is the same 404 as an unknown id), and read the JSON body against its zod
// schema. Failures are a clear message with a 4xx in the app's one error shape, never a stack trace.
import type { z } from 'zod';
import { assertTeacher, type Teacher } from '@/lib/auth/session';
import { getDraft, type Draft } from '@/lib/authoring/editor/drafts';
import { AppError, errorResponse } from '@/lib/errors';
import { issueFields } from '@/lib/error-issues';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { MAX_STATE_BYTES } from './state';

export async function readBody<T>(request: Request, schema: z.ZodType<T>, maxBytes = MAX_STATE_BYTES): Promise<T> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) throw new AppError('unsupported_media_type:body');
  const text = await request.text();
  if (text.length > maxBytes)
    throw new AppError('payload_too_large:body', 'draft.tooLarge');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('bad_request:json', 'request.notJson');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('bad_request:shape', 'request.fieldsShape', { fields: issueFields(parsed.error.issues, 'full') });
  return parsed.data;
}

type Params = { params: Promise<{ draftId: string }> };

/** A route on one of the teacher's drafts: `run` gets the teacher and the draft; thrown AppErrors become 4xx replies. */
export function draftRoute(where: string, run: (ctx: { request: Request; teacher: Teacher; draft: Draft }) => Promise<Response>) {
  return async (request: Request, { params }: Params): Promise<Response> => {
    const crossOrigin = rejectCrossOrigin(request);
    if (crossOrigin) return crossOrigin;
    try {
      const teacher = await assertTeacher();
      const draft = await getDraft({ ownerId: teacher.id, draftId: (await params).draftId });
      if (!draft) throw new AppError('not_found:draft', 'draft.notFound');
      return await run({ request, teacher, draft });
    } catch (error) {
      return errorResponse(error, where);
    }
  };
}
