// The export route: signed out 401, a bad format 400, an unknown quiz 404, else the file as an attachment.
// Only the session is mocked; the content is the shipped bank.
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signedIn as session } from '@/test/session-mock';
import { GET } from './route';

vi.mock('@/lib/auth/session', () => import('@/test/session-mock'));

const call = (quizId: string, format: string | null) =>
  GET(new Request(`http://localhost/teacher/guide/${quizId}/export${format === null ? '' : `?format=${format}`}`), {
    params: Promise.resolve({ quizId }),
  });

describe('GET /teacher/guide/[quizId]/export', () => {
  beforeEach(() => {
    session.teacher = null;
  });

  it('answers 401 when no teacher is signed in, and sends no file', async () => {
    const res = await call('paktika-practice', 'qti3');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-disposition')).toBeNull();
  });

  it('answers 404 for an unknown quiz or a malformed id, and 400 for a missing or unknown format', async () => {
    session.teacher = { id: 't1', name: 'T', email: 't@example.test', role: 'teacher' };
    expect((await call('no-such-quiz', 'gift')).status).toBe(404);
    expect((await call('..%2F..%2Fetc', 'gift')).status).toBe(404);
    const bad = await call('paktika-practice', 'pdf');
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toContain('qti3');
    expect((await call('paktika-practice', null)).status).toBe(400);
  });

  it('sends each format as a download with its type and name', async () => {
    session.teacher = { id: 't1', name: 'T', email: 't@example.test', role: 'teacher' };
    const zip = await call('paktika-practice', 'qti3');
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toBe('attachment; filename="paktika-practice-qti3.zip"');
    expect(zip.headers.get('cache-control')).toBe('no-store');
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(strFromU8(entries['imsmanifest.xml'] as Uint8Array)).toContain('<schemaversion>3.0.0</schemaversion>');
    const gift = await call('paktika-booster', 'gift');
    expect(gift.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await gift.text()).toContain('$CATEGORY:');
    const moodle = await call('paktika-booster', 'moodle');
    expect(await moodle.text()).toContain('<quiz>');
    const qti21 = await call('paktika-booster', 'qti21');
    expect(qti21.headers.get('content-disposition')).toContain('paktika-booster-qti21.zip');
  });
});
