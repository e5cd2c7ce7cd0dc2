// Feedback on a choice says in words which option was the student's and whether it was right; colour only repeats it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IntlWrapper } from '@/test/intl';
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

const feedbackFor = (chosen: string, credit?: number): FeedbackOf<'single'> =>
  ({
    type: 'single',
    options: item.options.map((o) => ({
      id: o.id,
      chosen: o.id === chosen,
      isKey: o.id === 'a',
      feedback: `why ${o.id}`,
      ...(credit && o.id === 'b' ? { credit } : {}),
    })),
  }) as unknown as FeedbackOf<'single'>;

const render = (feedback: FeedbackOf<'single'>, locale: 'en' | 'ur' = 'en') =>
  renderToStaticMarkup(
    <IntlWrapper locale={locale}>
      <ChoiceFeedback item={item} feedback={feedback} />
    </IntlWrapper>,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('ChoiceFeedback', () => {
  it('a wrong pick: "Your answer: wrong" on it and "Right answer" on the key, each with a mark', () => {
    const html = render(feedbackFor('b'));
    expect(text(html)).toContain('The agency, ✗ Your answer: wrong');
    expect(text(html)).toContain('The ministry, ✓ Right answer');
    expect(html).toContain('<span aria-hidden="true">✗ </span>');
  });

  it('a right pick: "Your answer: right", and no second tag on the same option', () => {
    const html = text(render(feedbackFor('a')));
    expect(html).toContain('The ministry, ✓ Your answer: right');
    expect(html).not.toContain('Right answer');
  });

  it('separates the option and each of its tags for a screen reader', () => {
    const html = render(feedbackFor('b', 0.5));
    const seps = html.match(/<span class="visually-hidden">, <\/span>/g) ?? [];
    expect(seps).toHaveLength(2 + 1); // the agency: two tags after its text; the ministry: one
    expect(text(html)).toContain('The agency, ◐ Your answer: partly right, Also fair: ½ point');
  });

  it('keeps the content English and says the rest in Urdu', () => {
    const html = render(feedbackFor('b'), 'ur');
    expect(html).toContain('<strong lang="en" dir="ltr">The agency</strong>');
    expect(html).toContain('<span lang="en" dir="ltr">why b</span>');
    expect(text(html)).toContain('آپ کا جواب: غلط');
    expect(html).toContain('<span class="visually-hidden">، </span>');
  });
});
