import { describe, expect, it } from 'vitest';
import type { Response } from './responses';
import { partIds } from './public-ids';
import { responseForBrowser, responseFromBrowser } from './public-responses';
import { classify, match, multiple, order, scope, single } from './test-items';
import { practiceScope } from './id-scope';

const SECRET = 'responses-test-secret-responses-test-0123';
const ids = (item: Parameters<typeof partIds>[1]) => partIds(practiceScope('quiz'), item, SECRET);

describe('answers from the browser', () => {
  it('come back to author ids, and go out in public ids again', () => {
    const cases: Array<[Parameters<typeof partIds>[1], Response]> = [
      [single, { type: 'single', choice: 'b' }],
      [multiple, { type: 'multiple', choices: ['a', 'c'] }],
      [match, { type: 'match', pairs: { c1: 'tb', c2: 'pk' } }],
      [order, { type: 'order', order: ['s3', 's1', 's2'] }],
      [scope, { type: 'scope', judgements: { x1: true, x2: true } }],
      [classify, { type: 'classify', status: 'opinion' }],
    ];
    for (const [item, authored] of cases) {
      const shown = responseForBrowser(authored, ids(item));
      if (authored.type !== 'classify') expect(shown, item.id).not.toEqual(authored);
      expect(responseFromBrowser(item, shown, ids(item)), item.id).toEqual({ response: authored });
    }
  });

  it('refuses an id the item never sent with the message an unknown id always had, author ids included', () => {
    expect(responseFromBrowser(single, { type: 'single', choice: 'b' }, ids(single))).toEqual({
      problem: '"b" is not an option of this question.',
    });
    expect(responseFromBrowser(single, { type: 'single', choice: 'zz' }, ids(single))).toEqual({
      problem: '"zz" is not an option of this question.',
    });
    expect(responseFromBrowser(multiple, { type: 'multiple', choices: [ids(multiple).toPublic('option', 'a'), 'a'] }, ids(multiple))).toEqual({
      problem: '"a" is not an option of this question.',
    });
    const claim = ids(match).toPublic('claim', 'c1');
    expect(responseFromBrowser(match, { type: 'match', pairs: { [claim]: 'pk' } }, ids(match))).toEqual({
      problem: '"pk" is not a party of this question.',
    });
    expect(responseFromBrowser(order, { type: 'order', order: ['s1', 's2', 's3'] }, ids(order))).toEqual({
      problem: '"s1" is not a step of this question.',
    });
    expect(responseFromBrowser(scope, { type: 'scope', judgements: { x1: true } }, ids(scope))).toEqual({
      problem: '"x1" is not a statement of this question.',
    });
  });

  it('still names a wrong answer type, a repeated option and a missing part', () => {
    expect(responseFromBrowser(classify, { type: 'single', choice: 'a' }, ids(classify))).toEqual({
      problem: 'This question expects a "classify" answer, not "single".',
    });
    const a = ids(multiple).toPublic('option', 'a');
    expect(responseFromBrowser(multiple, { type: 'multiple', choices: [a, a] }, ids(multiple))).toEqual({ problem: 'An option is listed twice.' });
    const x1 = ids(scope).toPublic('statement', 'x1');
    expect(responseFromBrowser(scope, { type: 'scope', judgements: { [x1]: true } }, ids(scope))).toEqual({ problem: 'Judge every statement first.' });
  });
});
