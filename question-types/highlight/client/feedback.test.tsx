// The student's picks in the passage are said in words ("(your pick)") and shown by a marker, not by an underline
// alone; the phrases to find say so too.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IntlWrapper } from '@/test/intl';
import type { FeedbackOf, PublicItemOf } from '../../types';
import { HighlightFeedback, runsOf } from './feedback';

const words = 'Security sources confirmed the strikes hit a school'.split(' ');
const item = { type: 'highlight', id: 'q', words } as unknown as PublicItemOf<'highlight'>;
const feedback = {
  type: 'highlight',
  targets: [{ id: 't1', text: 'Security sources confirmed', kind: 'attribution', feedback: 'Who said it.', found: true }],
  decoys: [],
  strayWords: ['school'],
  selected: [1, 2, 7],
  otherFeedback: 'Not a source.',
} as unknown as FeedbackOf<'highlight'>;

const html = renderToStaticMarkup(
  <IntlWrapper>
    <HighlightFeedback item={item} feedback={feedback} />
  </IntlWrapper>,
);
const passage = /<p class="hl-review"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? '';
const text = (s: string) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('HighlightFeedback', () => {
  it('says "(your pick)" after each run of picked words, with a visible marker', () => {
    expect(text(passage)).toBe('Security sources confirmed ✎ (your pick) (a word to find) the strikes hit a school ✎ (your pick)');
    expect(passage.match(/<span aria-hidden="true"> ✎<\/span>/g)).toHaveLength(2);
    expect(passage).toContain('<span class="hl-chosen">sources confirmed</span>');
  });

  it('reads the passage as English content, and each found or missed phrase with a mark and words', () => {
    expect(html).toContain('<p class="hl-review" lang="en" dir="ltr">');
    expect(text(html)).toContain('“Security sources confirmed”, Attribution, ✓ You found it');
    expect(text(html)).toContain('“school”, ✗ Your answer: not a target');
  });
});

describe('runsOf', () => {
  it('cuts a range into runs in and out of a set', () => {
    expect(runsOf(0, 6, new Set([1, 2, 5]))).toEqual([
      [0, 1, false],
      [1, 3, true],
      [3, 5, false],
      [5, 6, true],
    ]);
    expect(runsOf(2, 2, new Set())).toEqual([]);
  });
});
