import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getLogger } from '@/lib/server/log.js';
import { errorText } from '@/lib/error-text';
import { CROSS_ORIGIN_MESSAGE, crossOriginProblem } from './origin';

// without the check, the attempt routes would look the device up: answer "no such attempt" instead of opening a database
vi.mock('@/lib/db/queries/student-attempts', () => ({ getAttemptForDevice: async () => null }));

const h = (entries: Record<string, string>) => new Headers(entries);

describe('crossOriginProblem', () => {
  it('lets our own pages post, by Origin against Host or the configured public URL', () => {
    expect(crossOriginProblem(h({ origin: 'http://127.0.0.1:3500', host: '127.0.0.1:3500' }))).toBeNull();
    expect(crossOriginProblem(h({ origin: 'https://quiz.school.org', host: 'quiz.school.org' }))).toBeNull();
    expect(crossOriginProblem(h({ origin: 'https://quiz.school.org', host: 'quiz.school.org:443' }))).toBeNull();
    // behind a proxy: the public host arrives in X-Forwarded-Host, or is the configured URL
    expect(crossOriginProblem(h({ origin: 'https://quiz.school.org', host: '10.0.0.5:3000', 'x-forwarded-host': 'quiz.school.org' }))).toBeNull();
    expect(crossOriginProblem(h({ origin: 'https://quiz.school.org', host: '10.0.0.5:3000' }), 'https://quiz.school.org')).toBeNull();
  });

  it('lets clients that are not browsers through: no Origin and no Sec-Fetch-Site, so no cookies of a victim', () => {
    expect(crossOriginProblem(h({ host: 'quiz.school.org' }))).toBeNull();
    expect(crossOriginProblem(h({ host: 'quiz.school.org', 'sec-fetch-site': 'same-origin' }))).toBeNull();
  });

  it('refuses another site, an opaque origin, or a cross-site request without Origin', () => {
    expect(crossOriginProblem(h({ origin: 'https://evil.example', host: 'quiz.school.org' }))).toBe('Origin https://evil.example');
    expect(crossOriginProblem(h({ origin: 'http://quiz.school.org:8080', host: 'quiz.school.org' }))).toMatch(/^Origin/);
    expect(crossOriginProblem(h({ origin: 'https://evil.example', host: '10.0.0.5' }), 'https://quiz.school.org')).toMatch(/^Origin/);
    expect(crossOriginProblem(h({ origin: 'null', host: 'quiz.school.org' }))).toMatch(/opaque/);
    expect(crossOriginProblem(h({ origin: 'not a url', host: 'quiz.school.org' }))).toMatch(/unreadable/);
    expect(crossOriginProblem(h({ host: 'quiz.school.org', 'sec-fetch-site': 'cross-site' }))).toMatch(/cross-site/);
    expect(crossOriginProblem(h({ host: 'quiz.school.org', 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/);
  });
});

// Every route handler under app/api that changes state, by file, with a way to call its POST.
type Post = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const attemptId = '00000000-0000-4000-8000-000000000000';
const posts: Array<[string, () => Promise<{ POST: Post }>, Record<string, string>]> = [
  ['attempts/[attemptId]/items/[itemId]/route.ts', () => import('@/app/api/attempts/[attemptId]/items/[itemId]/route') as Promise<{ POST: Post }>, { attemptId, itemId: 'numbers-71-militants' }],
  ['attempts/[attemptId]/items/[itemId]/rating/route.ts', () => import('@/app/api/attempts/[attemptId]/items/[itemId]/rating/route') as Promise<{ POST: Post }>, { attemptId, itemId: 'numbers-71-militants' }],
  ['attempts/[attemptId]/submit/route.ts', () => import('@/app/api/attempts/[attemptId]/submit/route') as Promise<{ POST: Post }>, { attemptId }],
  ['practice/[quizId]/items/[itemId]/route.ts', () => import('@/app/api/practice/[quizId]/items/[itemId]/route') as Promise<{ POST: Post }>, { quizId: 'paktika-practice', itemId: 'numbers-71-militants' }],
  ['practice/[quizId]/results/route.ts', () => import('@/app/api/practice/[quizId]/results/route') as Promise<{ POST: Post }>, { quizId: 'paktika-practice' }],
  ['admin/invites/route.ts', () => import('@/app/api/admin/invites/route') as Promise<{ POST: Post }>, {}],
  ['teacher/preview/[quizId]/items/[itemId]/route.ts', () => import('@/app/api/teacher/preview/[quizId]/items/[itemId]/route') as Promise<{ POST: Post }>, { quizId: 'paktika-assessment', itemId: 'numbers-71-militants' }],
  ['teacher/quizzes/import/route.ts', () => import('@/app/api/teacher/quizzes/import/route') as Promise<{ POST: Post }>, {}],
];

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(full) : e.name === 'route.ts' ? [full] : [];
  });
}

describe('state-changing API routes', () => {
  beforeEach(() => void vi.spyOn(getLogger(), 'warn').mockImplementation(() => {}));
  const apiDir = path.resolve(__dirname, '../../app/api');

  it('are all listed here and all call rejectCrossOrigin first (better-auth checks its own origins)', () => {
    const changing = routeFiles(apiDir)
      .filter((f) => /export (async function|const) (POST|PUT|PATCH|DELETE)\b/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(apiDir, f))
      .filter((f) => !f.startsWith('auth/'));
    expect(changing.sort()).toEqual(posts.map(([file]) => file).sort());
    for (const file of changing) expect(fs.readFileSync(path.join(apiDir, file), 'utf8'), file).toMatch(/rejectCrossOrigin\(request\)/);
  });

  it.each(posts)('%s answers a post from another site with 403 and a clear message, touching nothing', async (_, load, params) => {
    const { POST } = await load();
    const res = await POST(
      new Request('http://127.0.0.1:3500/api/x', {
        method: 'POST',
        headers: { origin: 'https://evil.example', host: '127.0.0.1:3500', 'content-type': 'application/json' },
        body: JSON.stringify({ response: { type: 'classify', status: 'claim' }, clientSeq: 1 }),
      }),
      { params: Promise.resolve(params) },
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ code: 'forbidden:cross_origin', message: errorText(CROSS_ORIGIN_MESSAGE, 'en') });
  });
});
