import { useTranslations } from '#i18n/use-translations';
import type { FeedbackProps } from '../../client-define';
import { NoAnswerTag, RightAnswerTag, Tagged, YourAnswerTag } from '../../shared/client/answer-tags';
import { CONTENT_LANG } from '../../shared/client/content-lang';

export function ScopeFeedback({ item, feedback }: FeedbackProps<'scope'>) {
  const t = useTranslations('items.player.scope');
  const judgement = (proves: boolean) => t(proves ? 'proves' : 'notProves');
  // an id the item does not know (a stale copy) shows as nothing rather than as an internal id
  const text = (id: string) => item.statements.find((s) => s.id === id)?.text ?? '';
  return (
    <ul>
      {feedback.statements.map((s) => {
        const right = s.chosen === s.proves;
        return (
          <li key={s.id}>
            <strong {...CONTENT_LANG}>{text(s.id)}</strong>
            <br />
            {s.chosen === null ? (
              <NoAnswerTag />
            ) : (
              <Tagged parts={[<YourAnswerTag key="tag" verdict={right ? 'right' : 'wrong'} />, judgement(s.chosen)]} />
            )}
            {right ? null : (
              <>
                <br />
                <Tagged parts={[<RightAnswerTag key="tag" />, judgement(s.proves)]} />
              </>
            )}
            <br />
            <span {...CONTENT_LANG}>{s.feedback}</span>
          </li>
        );
      })}
    </ul>
  );
}
