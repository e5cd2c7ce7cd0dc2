import { describe, expect, it } from 'vitest';
import { POST } from './route';

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
  it.each([
    ['unknown quiz', 'no-such-quiz', 'numbers-71-militants', good, 404, /no quiz/],
    ['malformed quiz id', '../etc', 'x', good, 404, /no such quiz/],
    ['unknown item', 'paktika-practice', 'no-such-item', good, 404, /no question/],
    ['not JSON', 'paktika-practice', 'numbers-71-militants', '{oops', 400, /not valid JSON/],
    ['wrong shape', 'paktika-practice', 'numbers-71-militants', { response: { type: 'classify', status: 'maybe' } }, 400, /expected shape/],
    ['wrong type for item', 'paktika-practice', 'numbers-71-militants', { response: { type: 'single', choice: 'a' } }, 400, /expects a "classify" answer/],
    ['unknown option', 'paktika-practice', 'source-behind-71', { response: { type: 'single', choice: 'zz' }, confidence: 'sure' }, 400, /not an option/],
  ])('%s: clear message and a 4xx', async (_, quizId, itemId, body, status, message) => {
    const res = await call(quizId, itemId, body);
    expect(res.status).toBe(status);
    const json = await res.json();
    expect(json.error).toMatch(message);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|stack/i);
  });
  it('refuses a body that is not JSON by content type', async () => {
    const res = await call('paktika-practice', 'numbers-71-militants', 'choice=a', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
  });
});
