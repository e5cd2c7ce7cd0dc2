import 'server-only';
// The YAML import as a route handler (POST /api/teacher/quizzes/import): a signed-in teacher sends an exported file
// (multipart `file`) or pasted text (multipart `text`, or a text/yaml body). The body is read with a size cap, so a
// large upload is refused with a 413 before it is parsed; a bad file is a 400 listing every problem with where it
// is; a good one is saved as the teacher's private draft (201). Never a 500 for what a teacher sends. The route
// refuses a cross-site post first (rejectCrossOrigin).
import { getTranslations } from 'next-intl/server';
import { assertTeacher } from '@/lib/auth/session';
import { ContentCheckError } from '@/lib/db/queries/content';
import { importQuizYaml } from '@/lib/db/queries/content-import';
import { MAX_IMPORT_BYTES } from '@/lib/content/yaml';
import { AppError, errorMessage, errorResponse } from '@/lib/errors';

// room for the multipart envelope around the file itself
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 16 * 1024;
const TOO_LARGE = errorMessage('import.tooLarge', { megabytes: MAX_IMPORT_BYTES / 1_000_000 });

export interface ImportProblem {
  file: string;
  path: string;
  message: string;
}

async function readCapped(request: Request): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new AppError('payload_too_large:import', TOO_LARGE);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw new AppError('payload_too_large:import', TOO_LARGE);
      }
      chunks.push(value);
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

async function importText(request: Request): Promise<string> {
  const header = request.headers.get('content-type') ?? '';
  const type = header.toLowerCase(); // for matching only: the multipart boundary is case-sensitive
  const body = await readCapped(request);
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': header } }).formData();
    } catch {
      throw new AppError('bad_request:import', 'import.unreadable');
    }
    const file = form.get('file');
    if (file instanceof File && file.size > 0) return file.text();
    const text = form.get('text');
    if (typeof text === 'string' && text.trim() !== '') return text;
    throw new AppError('bad_request:import', 'import.chooseFile');
  }
  if (/^(text\/(plain|yaml|x-yaml)|application\/(yaml|x-yaml))\b/.test(type)) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
    if (text.trim() !== '') return text;
  }
  if (body.byteLength === 0) throw new AppError('bad_request:import', 'import.chooseFile');
  throw new AppError('unsupported_media_type:import', 'import.mediaType');
}

export async function importResponse(request: Request): Promise<Response> {
  try {
    const teacher = await assertTeacher();
    const text = await importText(request);
    const row = await importQuizYaml({ ownerId: teacher.id, text });
    return Response.json({ id: row.quiz.id, title: row.quiz.title, version: row.version }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    if (error instanceof ContentCheckError) {
      const problems: ImportProblem[] = error.problems;
      const tooLarge = problems.length === 1 && /larger than/.test(problems[0]!.message);
      const t = await getTranslations('library.import');
      const message = tooLarge ? t('tooLarge', { mb: MAX_IMPORT_BYTES / 1_000_000 }) : t('notImported', { count: problems.length });
      return Response.json({ code: tooLarge ? 'payload_too_large:import' : 'bad_request:import', message, problems }, { status: tooLarge ? 413 : 400, headers: { 'Cache-Control': 'no-store' } });
    }
    return errorResponse(error, 'quiz import');
  }
}
