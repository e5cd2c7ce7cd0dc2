import { describe, expect, it } from 'vitest';
import { serverStart } from './server-start';

const ids = ['a', 'b', 'c'];
const answer = { response: { type: 'classify', status: 'claim' } } as const;

describe('the state a question page is rendered with on the server', () => {
  it('practice opens at the first question with the seed the server chose', () => {
    expect(serverStart(ids, undefined, 'seed-1')).toEqual({ seed: 'seed-1', position: 0 });
  });

  it('an assignment opens at the first question without a saved answer, with the saved answers counted', () => {
    const feedback = { type: 'classify' } as never;
    const start = serverStart(ids, { a: { answer, feedback }, c: { answer } }, undefined);
    expect(start).toEqual({ position: 1, answers: { a: answer, c: answer }, feedback: { a: feedback } });
  });

  it('an assignment with every question answered opens at the last, where it is handed in', () => {
    expect(serverStart(ids, { a: { answer }, b: { answer }, c: { answer } }, undefined).position).toBe(2);
  });
});
