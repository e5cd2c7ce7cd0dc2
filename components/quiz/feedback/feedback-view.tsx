'use client';
import { sentenceText } from '@/components/article/article-text';
import { ChoiceFeedback } from './choice-feedback';
import type { FeedbackViewProps } from './feedback-props';
import { HighlightFeedback } from './highlight-feedback';
import { MatchFeedback } from './match-feedback';
import { OrderFeedback } from './order-feedback';
import { ScopeFeedback } from './scope-feedback';
import { WrittenFeedback } from './written-feedback';
import { formatItemPoints } from '@/lib/quiz/points';
import { formatSources } from '@/components/glossary/format-sources';

export function verdict(score: number, pending: boolean): { tone: 'good' | 'part' | 'bad'; text: string } {
  if (pending) return { tone: 'part', text: 'Now rate your answer' };
  if (score === 1) return { tone: 'good', text: 'Right' };
  if (score > 0) return { tone: 'part', text: `Partly right: ${formatItemPoints(score)} of 1 point` };
  return { tone: 'bad', text: 'Not quite' };
}

function Details({ item, feedback, resubmit }: Omit<FeedbackViewProps, 'article' | 'headingId'>) {
  switch (feedback.type) {
    case 'single':
    case 'multiple':
    case 'classify':
      return item.type === 'single' || item.type === 'multiple' || item.type === 'classify' ? (
        <ChoiceFeedback item={item} feedback={feedback} />
      ) : null;
    case 'highlight':
      return item.type === 'highlight' ? <HighlightFeedback item={item} feedback={feedback} /> : null;
    case 'match':
      return item.type === 'match' ? <MatchFeedback item={item} feedback={feedback} /> : null;
    case 'order':
      return item.type === 'order' ? <OrderFeedback item={item} feedback={feedback} /> : null;
    case 'scope':
      return item.type === 'scope' ? <ScopeFeedback item={item} feedback={feedback} /> : null;
    case 'written':
      return item.type === 'written' ? <WrittenFeedback item={item} feedback={feedback} resubmit={resubmit} /> : null;
  }
}

export function FeedbackView({ item, feedback, article, headingId, resubmit }: FeedbackViewProps) {
  const { tone, text } = verdict(feedback.grade.score, feedback.grade.pending);
  const quoted = sentenceText(article, feedback.sentences);
  return (
    <section className={`feedback ${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {text}
      </h2>
      <Details item={item} feedback={feedback} resubmit={resubmit} />
      {/* the verdict and the short reasons above come first; the full reasoning is one tap away */}
      <h3>How a fact-checker reasons</h3>
      <details>
        <summary>Read the full reasoning</summary>
        <p>{feedback.explanation}</p>
        {quoted.length > 0 ? (
          <>
            <h4>In the article</h4>
            {quoted.map((s) => (
              <blockquote key={s.id} className="statement">
                <mark>{s.text}</mark>{' '}
                <a href={`#sentence-${s.id}`} className="small">
                  Find it in the article
                </a>
              </blockquote>
            ))}
          </>
        ) : null}
      </details>
      {feedback.sources.length > 0 ? (
        <p className="small muted">Outside sources: {formatSources(feedback.sources)}</p>
      ) : null}
    </section>
  );
}
