import { useTranslations } from '#i18n/use-translations';
import type { FeedbackProps } from '../../client-define';
import { Tagged, VerdictTag } from '../../shared/client/answer-tags';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export type PlaceNote =
  | { key: 'notPlaced'; values: { right: number } }
  | { key: 'rightPlace'; values: { yours: number } }
  | { key: 'wrongPlace'; values: { yours: number; right: number } };

/** Where the student put a step against where it goes (1-based; 0: not placed), as a message of items.player.order. */
export function placeNote(yours: number, right: number): PlaceNote {
  if (yours < 1) return { key: 'notPlaced', values: { right } };
  return yours === right ? { key: 'rightPlace', values: { yours } } : { key: 'wrongPlace', values: { yours, right } };
}

export function OrderFeedback({ item, feedback }: FeedbackProps<'order'>) {
  const t = useTranslations('items.player.order');
  const text = (id: string) => item.steps.find((s) => s.id === id)?.text ?? '';
  const note = (id: string) => feedback.steps.find((s) => s.id === id)?.feedback ?? '';
  return (
    <>
      <h3>{t('heading')}</h3>
      <ol className="order-review">
        {feedback.key.map((id, i) => {
          const place = placeNote(feedback.order.indexOf(id) + 1, i + 1);
          return (
            <li key={id}>
              {/* where it was put, in words and with a mark, never by colour alone */}
              <Tagged
                parts={[
                  <strong key="step" {...CONTENT_LANG}>
                    {text(id)}
                  </strong>,
                  <VerdictTag key="place" verdict={place.key === 'rightPlace' ? 'right' : 'wrong'}>
                    {t(place.key, place.values)}
                  </VerdictTag>,
                ]}
              />
              <br />
              <span {...CONTENT_LANG}>{note(id)}</span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
