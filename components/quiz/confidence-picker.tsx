'use client';
import { useTranslations } from '#i18n/use-translations';
import { CONFIDENCES, type Confidence } from '@/content/words';
import { CONFIDENCE_LABELS } from '@/lib/quiz/vocabulary';

export function ConfidencePicker({
  itemId,
  value,
  onChange,
  locked,
}: {
  itemId: string;
  value: Confidence | undefined;
  onChange: (c: Confidence) => void;
  locked: boolean;
}) {
  const t = useTranslations('quiz.player');
  return (
    <fieldset disabled={locked}>
      <legend>{t('howSure')}</legend>
      <div className="inline-choices">
        {CONFIDENCES.map((c) => (
          <label key={c} className="choice">
            <input type="radio" name={`${itemId}-confidence`} value={c} checked={value === c} onChange={() => onChange(c)} />
            <span lang="en" dir="ltr">{CONFIDENCE_LABELS[c]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
