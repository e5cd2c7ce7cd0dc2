// Feedback on a choice says in words which option was the student's and whether it was right; colour only repeats it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FeedbackOf, PublicItemOf } from '../../types';
import { ChoiceFeedback } from './choice-feedback';

const item = {
  type: 'single',
  options: [
    { id: 'a', text: 'The ministry' },
    { id: 'b', text: 'The agency' },
    { id: 'c', text: 'Nobody' },
  ],
} as unknown as PublicItemOf<'single'>;

const feedbackFor = (chosen: string): FeedbackOf<'single'> =>
  ({
    type: 'single',
    options: item.options.map((o) => ({ id: o.id, chosen: o.id === chosen, isKey: o.id === 'a', feedback: `why ${o.id}` })),
  }) as unknown as FeedbackOf<'single'>;

const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('ChoiceFeedback', () => {
  it('a wrong pick: "Your answer: wrong" on it and "Right answer" on the key, each with a mark', () => {
    const html = renderToStaticMarkup(<ChoiceFeedback item={item} feedback={feedbackFor('b')} />);
    expect(text(html)).toContain('The agency ✗ Your answer: wrong');
    expect(text(html)).toContain('The ministry ✓ Right answer');
    expect(html).toContain('<span aria-hidden="true">✗ </span>');
  });

  it('a right pick: "Your answer: right", and no second tag on the same option', () => {
    const html = text(renderToStaticMarkup(<ChoiceFeedback item={item} feedback={feedbackFor('a')} />));
    expect(html).toContain('The ministry ✓ Your answer: right');
    expect(html).not.toContain('Right answer');
  });
});
