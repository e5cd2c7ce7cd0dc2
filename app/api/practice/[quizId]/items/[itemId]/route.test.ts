import { describe, expect, it } from 'vitest';
import { findItem } from '@/lib/content';
import { getFileQuiz as getQuiz } from '@/lib/content/files';
import { partIds } from '@/lib/quiz/public-ids';
import { POST } from './route';
import { practiceScope } from '@/lib/quiz/id-scope';

const call = (quizId: string, itemId: string, body: unknown, contentType = 'application/json') =>
  POST(
    new Request(`http://localhost/api/practice/${quizId}/items/${itemId}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ quizId, itemId }) },
  );

const good = { response: { type: 'classify', status: 'claim' }, confidence: 'sure' };

describe('POST /api/practice/:quizId/items/:itemId', () => {
  it('returns feedback for a well-formed answer', async () => {
    const res = await call('paktika-practice', 'numbers-71-militants', good);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.feedback.itemId).toBe('numbers-71-militants');
    expect(typeof body.feedback.explanation).toBe('string');
  });
  it('takes an answer in public ids and names the options in public ids in its feedback', async () => {
    const item = findItem(getQuiz('paktika-practice')!, 'source-behind-71');
    if (item?.type !== 'single') throw new Error('source-behind-71 should be a single-choice item');
    const ids = partIds(practiceScope('paktika-practice'), item);
    const res = await call('paktika-practice', item.id, { response: { type: 'single', choice: ids.toPublic('option', item.key) }, confidence: 'sure' });
    expect(res.status).toBe(200);
    const { feedback } = await res.json();
    expect(feedback.grade.score).toBe(1);
    expect(feedback.options.map((o: { id: string }) => o.id).sort()).toEqual(item.options.map((o) => ids.toPublic('option', o.id)).sort());
    expect(feedback.options.find((o: { isKey: boolean }) => o.isKey).id).toBe(ids.toPublic('option', item.key));
  });
  it.each([
    ['unknown quiz', 'no-such-quiz', 'numbers-71-militants', good, 404, /no quiz/],
    ['malformed quiz id', '../etc', 'x', good, 404, /no such quiz/],
    ['unknown item', 'paktika-practice', 'no-such-item', good, 404, /no question/],
    ['not JSON', 'paktika-practice', 'numbers-71-militants', '{oops', 400, /not valid JSON/],
    ['wrong shape', 'paktika-practice', 'numbers-71-militants', { response: { type: 'classify', status: 'maybe' } }, 400, /expected shape/],
    ['wrong type for item', 'paktika-practice', 'numbers-71-militants', { response: { type: 'single', choice: 'a' } }, 400, /expects a "classify" answer/],
    ['unknown option', 'paktika-practice', 'source-behind-71', { response: { type: 'single', choice: 'zz' }, confidence: 'sure' }, 400, /not an option/],
    // the author's ids are not what the browser was given: refused like any unknown id
    ['author option id', 'paktika-practice', 'source-behind-71', { response: { type: 'single', choice: 'a' }, confidence: 'sure' }, 400, /^"a" is not an option of this question\.$/],
  ])('%s: clear message and a 4xx', async (_, quizId, itemId, body, status, message) => {
    const res = await call(quizId, itemId, body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.message).toMatch(message);
    expect(json.code).toMatch(/^(bad_request|not_found|unsupported_media_type|payload_too_large):/);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|stack/i);
  });
  it('refuses a body that is not JSON by content type', async () => {
    const res = await call('paktika-practice', 'numbers-71-militants', 'choice=a', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });
});
