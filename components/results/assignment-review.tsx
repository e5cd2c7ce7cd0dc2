'use client';
import { useRouter } from 'next/navigation';
import { useTranslations } from '#i18n/use-translations';
import type { Article } from '@/content/schema';
import { FeedbackView } from '@/components/quiz/feedback/feedback-view';
import { readApiError } from '@/lib/api-error';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { PublicItem } from '@/lib/quiz/public';

/** One reviewed question of a released assignment; a written answer can be rated against the rubric here. */
export function AssignmentReview({
  item,
  feedback,
  article,
  ratingUrl,
}: {
  item: PublicItem;
  feedback: ItemFeedback;
  article: Article;
  ratingUrl: string;
}) {
  const router = useRouter();
  const notSaved = useTranslations('results')('ratingNotSaved');
  const resubmit =
    item.type === 'written'
      ? async (response: { type: string; selfRating?: number }) => {
          const res = await fetch(ratingUrl, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ selfRating: response.selfRating }),
          });
          if (!res.ok) throw new Error((await readApiError(res, notSaved)).message);
          router.refresh();
        }
      : undefined;
  return <FeedbackView item={item} feedback={feedback} article={article} headingId={`review-h-${item.id}`} resubmit={resubmit} />;
}
