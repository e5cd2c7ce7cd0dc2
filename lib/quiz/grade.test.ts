import { describe, expect, it } from 'vitest';
import { gradeItem, ResponseMismatchError } from './grade';
import { single } from './test-items';

// each type's own grading is tested beside it: question-types/<type>/grade.test.ts
describe('gradeItem', () => {
  it('refuses a response of another type', () => {
    expect(() => gradeItem(single, { type: 'classify', status: 'claim' })).toThrow(ResponseMismatchError);
  });
});
