import { useTranslations } from '#i18n/use-translations';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { formatItemPoints } from '@/lib/quiz/points';
import type { ChoiceFeedback as OptionFeedback } from '../feedback';
import { RightAnswerTag, Tagged, YourAnswerTag } from './answer-tags';
import { CONTENT_LANG } from './content-lang';

/** One option in feedback: its words, whether it was the student's pick and whether it is right, and why. */
export function OptionLine({ text, option }: { text: string; option: OptionFeedback }) {
  const t = useTranslations('items.player.tags');
  const { isKey, chosen, credit } = option;
  return (
    <li>
      <Tagged
        parts={[
          <strong key="text" {...CONTENT_LANG}>
            {text}
          </strong>,
          chosen ? <YourAnswerTag key="yours" verdict={isKey ? 'right' : credit ? 'part' : 'wrong'} /> : null,
          isKey && !chosen ? <RightAnswerTag key="key" /> : null,
          credit ? (
            <span key="credit" className="tag part">
              {t('alsoFair', { points: formatItemPoints(credit) })}
            </span>
          ) : null,
        ]}
      />
      <br />
      <span {...CONTENT_LANG}>{option.feedback}</span>
    </li>
  );
}

// Any type whose feedback is a list of options (single, multiple, classify): every option with its feedback. Typed
// by shape, not by type name, so a new choice-like type uses it as it is. An item without options of its own is
// answered with the status words (classify), which are labelled from the vocabulary (content, in English too).
export function ChoiceFeedback({
  item,
  feedback,
}: {
  item: { type: string; options?: Array<{ id: string; text: string }> };
  feedback: { options: Array<OptionFeedback & { id: string }> };
}) {
  const t = useTranslations('items.player');
  // an id the item does not know (a stale copy) shows as nothing rather than as an internal id
  const label = (id: string) =>
    item.options ? (item.options.find((o) => o.id === id)?.text ?? '') : (STATUS_LABELS[id as keyof typeof STATUS_LABELS]?.label ?? '');
  // the chosen and right options open the feedback; why the others are not right is one tap away
  const first = feedback.options.filter((o) => o.chosen || o.isKey);
  const rest = feedback.options.filter((o) => !o.chosen && !o.isKey);
  const list = (options: typeof first) => (
    <ul>
      {options.map((o) => (
        <OptionLine key={o.id} text={label(o.id)} option={o} />
      ))}
    </ul>
  );
  return (
    <>
      {list(first)}
      {rest.length > 0 ? (
        <details>
          <summary>{t('otherAnswers')}</summary>
          {list(rest)}
        </details>
      ) : null}
    </>
  );
}
