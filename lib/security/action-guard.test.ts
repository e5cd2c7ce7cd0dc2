import { describe, expect, it } from 'vitest';
import { pagePostProblem } from './action-guard';

const h = (entries: Record<string, string>) => new Headers({ host: 'quiz.school.org', ...entries });
const action = { 'next-action': '7f00aa', 'content-type': 'multipart/form-data; boundary=x' };

describe('pagePostProblem (server actions, in proxy.ts)', () => {
  it('lets our own forms through, and every GET', () => {
    expect(pagePostProblem('POST', h({ ...action, origin: 'https://quiz.school.org' }))).toBeNull();
    expect(pagePostProblem('POST', h({ ...action, origin: 'https://quiz.school.org', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(pagePostProblem('GET', h({ origin: 'https://evil.example' }))).toBeNull();
  });

  it('refuses a foreign, opaque or missing-but-cross-site origin with a 403', () => {
    expect(pagePostProblem('POST', h({ ...action, origin: 'https://evil.example' }))?.status).toBe(403);
    expect(pagePostProblem('POST', h({ ...action, origin: 'null' }))?.status).toBe(403);
    expect(pagePostProblem('POST', h({ ...action, 'sec-fetch-site': 'cross-site' }))?.status).toBe(403);
    // a plain form post from another site, without Next's header, too
    expect(pagePostProblem('POST', h({ 'content-type': 'multipart/form-data; boundary=x', origin: 'https://evil.example' }))?.status).toBe(403);
  });

  it('refuses an action called with a plain object or no arguments (not form data) with a 400', () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/json']) {
      expect(pagePostProblem('POST', h({ 'next-action': '7f00aa', 'content-type': type, origin: 'https://quiz.school.org' }))).toMatchObject({ status: 400 });
    }
    expect(pagePostProblem('POST', h({ 'next-action': '7f00aa' }))).toMatchObject({ status: 400 });
  });
});
