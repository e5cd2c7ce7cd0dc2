import { useTranslations } from '#i18n/use-translations';
import type { QuizSummary } from '@/lib/quiz/summary';
import type { PublicItem } from '@/lib/quiz/public';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { MISCONCEPTION_LABELS } from '@/lib/quiz/misconceptions';
import { en, enb } from '@/components/quiz/rich-tags';

function ItemLinks({ ids, prompts }: { ids: string[]; prompts: Map<string, PublicItem> }) {
  return (
    <ul className="small" lang="en" dir="ltr">
      {/* an id no question of this quiz has (an older answer) is left out: ids are not for students to read */}
      {ids.flatMap((id) => {
        const prompt = prompts.get(id)?.prompt;
        return prompt
          ? [
              <li key={id}>
                <a href={`#review-${id}`}>{prompt}</a>
              </li>,
            ]
          : [];
      })}
    </ul>
  );
}

// The status, misconception and confidence words are content (content/vocabulary/), shown in its language.

export function SummaryView({ summary, items }: { summary: QuizSummary; items: Map<string, PublicItem> }) {
  const t = useTranslations('results.summary');
  return (
    <>
      <h2>{t('misjudged')}</h2>
      {summary.misjudged.length === 0 ? (
        <p>{t('noneMisjudged')}</p>
      ) : (
        <ul>
          {summary.misjudged.map((m) => (
            <li key={`${m.expected}-${m.chosen}`}>
              <strong>
                {t.rich('takenAs', {
                  expected: STATUS_LABELS[m.expected].label.toLowerCase(),
                  chosen: STATUS_LABELS[m.chosen].label.toLowerCase(),
                  en,
                })}
              </strong>{' '}
              {t('times', { count: m.items.length })}
              <ItemLinks ids={m.items} prompts={items} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t('traps')}</h2>
      {summary.misconceptions.length === 0 ? (
        <p>{t('noTraps')}</p>
      ) : (
        <ul>
          {summary.misconceptions.map((m) => (
            <li key={m.id}>
              <strong lang="en" dir="ltr">{MISCONCEPTION_LABELS[m.id].label}</strong> {t('questions', { count: m.items.length })}
              <br />
              <span lang="en" dir="ltr">{MISCONCEPTION_LABELS[m.id].explain}</span>
              <ItemLinks ids={m.items} prompts={items} />
            </li>
          ))}
        </ul>
      )}
      {summary.calibration.length > 0 ? (
        <>
          <h2>{t('confidence')}</h2>
          <ul>
            {summary.calibration.map((c) => (
              <li key={c.confidence}>
                {t.rich('calibration', {
                  sure: CONFIDENCE_LABELS[c.confidence].toLowerCase(),
                  enb,
                  correct: c.correct,
                  answered: c.answered,
                  pct: Math.round((100 * c.correct) / c.answered),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
