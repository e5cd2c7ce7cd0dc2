import { useTranslations } from '#i18n/use-translations';
import { formatItemPoints } from '@/lib/quiz/points';
import type { FeedbackProps } from '../../client-define';
import { OptionLine } from '../../shared/client/choice-feedback';

type Part = 'a' | 'b';

// Each part: the chosen and right options with their feedback, and the points the part earned; the other options
// one tap away.
export function TwoPartFeedback({ item, feedback }: FeedbackProps<'two-part'>) {
  const t = useTranslations('items.player.twoPart');
  const section = (part: Part, options: Array<{ id: string; text: string }>, list: typeof feedback.partA, points: number) => {
    const text = (id: string) => options.find((o) => o.id === id)?.text ?? '';
    const lines = (shown: typeof list) => shown.map((o) => <OptionLine key={o.id} text={text(o.id)} option={o} />);
    const rest = list.filter((o) => !o.chosen && !o.isKey);
    return (
      <section>
        <h3>{t('points', { part, points: formatItemPoints(points) })}</h3>
        <ul>{lines(list.filter((o) => o.chosen || o.isKey))}</ul>
        {rest.length > 0 ? (
          <details>
            <summary>{t('others', { part })}</summary>
            <ul>{lines(rest)}</ul>
          </details>
        ) : null}
      </section>
    );
  };
  return (
    <>
      {section('a', item.partA.options, feedback.partA, feedback.points.a)}
      {section('b', item.partB.options, feedback.partB, feedback.points.b)}
    </>
  );
}
