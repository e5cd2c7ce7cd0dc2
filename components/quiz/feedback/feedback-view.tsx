'use client';
import { useTranslations } from '#i18n/use-translations';
import { sentenceText } from '@/components/article/article-text';
import type { Article } from '@/content/schema';
import { clientType } from '@/question-types/client';
import type { ItemFeedback, PublicItem } from '@/question-types/types';
import { formatItemPoints } from '@/lib/quiz/points';
import type { Response } from '@/lib/quiz/responses';
import { formatSources } from '@/components/glossary/format-sources';
import { en } from '../rich-tags';

export interface FeedbackViewProps {
  item: PublicItem;
  feedback: ItemFeedback;
  article: Article;
  headingId: string;
  resubmit?: (response: Response) => Promise<void>;
}

export type Tone = 'good' | 'part' | 'bad';

/** The verdict's tone and its message key: right, partly right (with its points), not quite, or rate it first. */
export function verdictKey(score: number, pending: boolean): { tone: Tone; key: 'rate' | 'right' | 'partly' | 'wrong' } {
  if (pending) return { tone: 'part', key: 'rate' };
  if (score === 1) return { tone: 'good', key: 'right' };
  if (score > 0) return { tone: 'part', key: 'partly' };
  return { tone: 'bad', key: 'wrong' };
}

export function useVerdict(): (score: number, pending: boolean) => { tone: Tone; text: string } {
  const t = useTranslations('quiz.verdict');
  return (score, pending) => {
    const { tone, key } = verdictKey(score, pending);
    return { tone, text: t(key, { points: formatItemPoints(score) }) };
  };
}

// the type's own part of the feedback (question-types/client.ts); none if the item and feedback disagree in type
function Details({ item, feedback, resubmit }: Omit<FeedbackViewProps, 'article' | 'headingId'>) {
  if (item.type !== feedback.type) return null;
  const { Feedback } = clientType(feedback.type);
  return <Feedback item={item} feedback={feedback} resubmit={resubmit} />;
}

export function FeedbackView({ item, feedback, article, headingId, resubmit }: FeedbackViewProps) {
  const t = useTranslations('quiz.feedback');
  const { tone, text } = useVerdict()(feedback.grade.score, feedback.grade.pending);
  const quoted = sentenceText(article, feedback.sentences);
  return (
    <section className={`feedback ${tone}`} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {text}
      </h2>
      <Details item={item} feedback={feedback} resubmit={resubmit} />
      {/* the verdict and the short reasons above come first; the full reasoning is one tap away */}
      <h3>{t('reasons')}</h3>
      <details>
        <summary>{t('readMore')}</summary>
        <p lang="en" dir="ltr">{feedback.explanation}</p>
        {quoted.length > 0 ? (
          <>
            <h4>{t('inArticle')}</h4>
            {quoted.map((s) => (
              <blockquote key={s.id} className="statement">
                <mark lang="en" dir="ltr">{s.text}</mark>{' '}
                <a href={`#sentence-${s.id}`} className="small">
                  {t('findIt')}
                </a>
              </blockquote>
            ))}
          </>
        ) : null}
      </details>
      {feedback.sources.length > 0 ? (
        <p className="small muted">{t.rich('sources', { list: formatSources(feedback.sources), en })}</p>
      ) : null}
    </section>
  );
}
