'use client';
import { sentenceText } from '@/components/article/article-text';
import type { Article } from '@/content/schema';
import { clientType } from '@/question-types/client';
import type { ItemFeedback, PublicItem } from '@/question-types/types';
import { formatItemPoints } from '@/lib/quiz/points';
import type { Response } from '@/lib/quiz/responses';
import { formatSources } from '@/components/glossary/format-sources';

export interface FeedbackViewProps {
  item: PublicItem;
  feedback: ItemFeedback;
  article: Article;
  headingId: string;
  resubmit?: (response: Response) => Promise<void>;
}

export function verdict(score: number, pending: boolean): { tone: 'good' | 'part' | 'bad'; text: string } {
  if (pending) return { tone: 'part', text: 'Now rate your answer' };
  if (score === 1) return { tone: 'good', text: 'Right' };
  if (score > 0) return { tone: 'part', text: `Partly right: ${formatItemPoints(score)} of 1 point` };
  return { tone: 'bad', text: 'Not quite' };
}

// the type's own part of the feedback (question-types/client.ts); none if the item and feedback disagree in type
function Details({ item, feedback, resubmit }: Omit<FeedbackViewProps, 'article' | 'headingId'>) {
  if (item.type !== feedback.type) return null;
  const { Feedback } = clientType(feedback.type);
  return <Feedback item={item} feedback={feedback} resubmit={resubmit} />;
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
