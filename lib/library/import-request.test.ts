// POST /api/teacher/quizzes/import: a signed-in teacher's file or pasted text becomes their private draft only after
// it passes the check and the quality lint; anything else is a 4xx naming every problem, and nothing is saved.
import YAML from 'yaml';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/client';
import { contentQuizzes } from '@/lib/db/schema';
import { exportQuizYaml, MAX_IMPORT_BYTES } from '@/lib/content/yaml';
import { loadQuiz } from '@/lib/content';
import { contentFixture } from '@/test/content-fixtures';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { asTeacher, signedIn as session } from '@/test/session-mock';
import { importResponse } from './import-request';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));
vi.mock('next-intl/server', () => import('@/test/next-intl-server-mock'));

useTestDatabase();

const article = contentFixture('articles', 'river-flood');
const good = () => exportQuizYaml(contentFixture('quizzes', 'river-flood-quiz') as never, article as never);

function upload(form: FormData) {
  return importResponse(new Request('http://localhost/api/teacher/quizzes/import', { method: 'POST', body: form }));
}
const fileForm = (text: string) => {
  const form = new FormData();
  form.set('file', new File([text], 'quiz.yaml', { type: 'application/yaml' }));
  return form;
};
const rowCount = async () => (await (await getDb()).select().from(contentQuizzes)).length;

describe('POST /api/teacher/quizzes/import', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('answers 401 to a visitor who is not signed in, and saves nothing', async () => {
    const res = await upload(fileForm(good()));
    expect(res.status).toBe(401);
    expect(await rowCount()).toBe(0);
  });

  it('imports an uploaded file as the teacher’s private draft, and pasted text too', async () => {
    const teacher = await createTestTeacher();
    session.teacher = asTeacher(teacher);
    const res = await upload(fileForm(good()));
    expect(res.status).toBe(201);
    const { id, title } = (await res.json()) as { id: string; title: string };
    expect(title).toBe('Fixture quiz on the river flood');
    expect((await loadQuiz(id))?.quiz.sections[0]!.items).toHaveLength(2);
    const pasted = new FormData();
    pasted.set('text', good());
    expect((await upload(pasted)).status).toBe(201);
  });

  it('reads a browser’s upload, whose multipart boundary has capitals', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    const boundary = '----WebKitFormBoundaryAbCdEf012345';
    const body = [`--${boundary}`, 'Content-Disposition: form-data; name="file"; filename="quiz.yaml"', 'Content-Type: application/yaml', '', good(), `--${boundary}--`, ''].join('\r\n');
    const res = await importResponse(new Request('http://localhost/api/teacher/quizzes/import', { method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }));
    expect(res.status).toBe(201);
  });

  it('refuses a broken file with a 400 naming every problem with its path, and saves nothing', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    const before = await rowCount();
    const doc = YAML.parse(good());
    doc.quiz.sections[0].items[0].sentences = ['p9-s9'];
    delete doc.quiz.title;
    const res = await upload(fileForm(YAML.stringify(doc)));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { code: string; message: string; problems: Array<{ path: string; message: string }> };
    expect(body.code).toBe('bad_request:import');
    expect(body.message).toMatch(/not imported/);
    expect(body.problems.map((p) => p.path)).toContain('title');
    expect(await rowCount()).toBe(before);
  });

  it('refuses a file that passes the content check but not the quality lint', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    const doc = YAML.parse(good());
    doc.quiz.sections[0].items[1].options[1].text = 'The weather office, which measured the rise of the river on Monday';
    const res = await upload(fileForm(YAML.stringify(doc)));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { problems: Array<{ path: string; message: string }> };
    expect(body.problems.some((p) => p.message.startsWith('quality: the key is the strictly longest option'))).toBe(true);
  });

  it('refuses a file over the size cap with a 413 and a clear message, before parsing it', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    const res = await upload(fileForm(`# ${'x'.repeat(MAX_IMPORT_BYTES + 20_000)}`));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toMatch(/larger than 1 MB/);
  });

  it('answers 400 for an empty form and 415 for a body that is neither a form nor YAML text, never a 500', async () => {
    session.teacher = asTeacher(await createTestTeacher());
    expect((await upload(new FormData())).status).toBe(400);
    const json = await importResponse(new Request('http://localhost/api/teacher/quizzes/import', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }));
    expect(json.status).toBe(415);
    const broken = await importResponse(new Request('http://localhost/api/teacher/quizzes/import', { method: 'POST', body: 'x', headers: { 'content-type': 'multipart/form-data; boundary=zz' } }));
    expect(broken.status).toBe(400);
  });
});
