'use client';
import { useTranslations } from '#i18n/use-translations';
import type { ItemInputProps } from '../../client-define';
import { asContent } from '../../shared/client/content-lang';

/** What to announce as the answer nears its limit (only when a threshold is crossed, not on every key press). */
export function limitWarning(remaining: number): { key: 'limit' } | { key: 'fewer'; n: 50 | 100 } | null {
  if (remaining <= 0) return { key: 'limit' };
  if (remaining <= 50) return { key: 'fewer', n: 50 };
  if (remaining <= 100) return { key: 'fewer', n: 100 };
  return null;
}

export function Written({ item, draft, setDraft, locked, labelId }: ItemInputProps<'written'>) {
  const t = useTranslations('items.player.written');
  const text = typeof draft?.text === 'string' ? draft.text : '';
  const id = `${item.id}-written`;
  const warning = locked ? null : limitWarning(item.maxLength - text.length);
  const labels = [...item.rubric].sort((a, b) => a.level - b.level).map((r) => r.label);
  return (
    <div role="group" aria-labelledby={labelId} className="written">
      <label htmlFor={id} className="written-label">
        {t('label')}
      </label>
      <p id={`${id}-rubric`} className="muted small">
        {t.rich('rubricHint', { labels: labels.join('; '), c: asContent })}
      </p>
      <textarea
        id={id}
        className="written-input"
        value={text}
        rows={5}
        maxLength={item.maxLength}
        readOnly={locked}
        aria-describedby={`${id}-count ${id}-rubric`}
        onChange={(e) => setDraft({ type: 'written', text: e.target.value })}
      />
      <p id={`${id}-count`} className="written-count muted small">
        {t('count', { n: text.length, max: item.maxLength })}
      </p>
      <p aria-live="polite" className="visually-hidden">
        {warning === null ? '' : warning.key === 'limit' ? t('limit', { max: item.maxLength }) : t('fewer', { n: warning.n })}
      </p>
    </div>
  );
}
