'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from '#i18n/use-translations';
import type { FeedbackProps } from '../../client-define';
import { VerdictTag } from '../../shared/client/answer-tags';
import { CONTENT_LANG, asContent } from '../../shared/client/content-lang';

type Status = 'idle' | 'saving' | 'sent' | 'error';
interface Local {
  itemId: string;
  choice: number | null;
  status: Status;
  error: string;
}

export function WrittenFeedback({ feedback, resubmit }: FeedbackProps<'written'>) {
  const t = useTranslations('items.player.written');
  const tTags = useTranslations('items.player.tags');
  const rubric = [...feedback.rubric].sort((a, b) => a.level - b.level);
  const labelOf = (level: number | null) => rubric.find((r) => r.level === level)?.label ?? null;
  // kept per item: the player reuses this component when two written items follow each other
  const fresh: Local = { itemId: feedback.itemId, choice: feedback.selfRating, status: 'idle', error: '' };
  const [stored, setStored] = useState<Local>(fresh);
  const local = stored.itemId === feedback.itemId ? stored : fresh;
  const update = (patch: Partial<Local>) => setStored((prev) => ({ ...(prev.itemId === fresh.itemId ? prev : fresh), ...patch }));
  const saved = labelOf(feedback.selfRating);
  // a sent rating shows as saved only once the server's feedback carries it (the send may wait for a connection)
  const waiting = local.status === 'sent' && local.choice !== feedback.selfRating;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!resubmit || local.status === 'saving') return;
    if (local.choice === null) return update({ status: 'error', error: t('chooseFirst') });
    update({ status: 'saving', error: '' });
    try {
      await resubmit({ type: 'written', text: feedback.text, selfRating: local.choice });
      update({ status: 'sent' });
    } catch (err) {
      update({ status: 'error', error: err instanceof Error ? err.message : t('failed') });
    }
  }

  return (
    <>
      <h3>{t('yours')}</h3>
      <blockquote className="statement written-text">{feedback.text}</blockquote>
      <h3>{t('model')}</h3>
      <blockquote className="statement written-text" {...CONTENT_LANG}>
        {feedback.modelAnswer}
      </blockquote>
      <h3>{t('rubric')}</h3>
      <ul>
        {rubric.map((r) => (
          <li key={r.level}>
            <strong>
              {t('level', { level: r.level })}: <span {...CONTENT_LANG}>{r.label}</span>
            </strong>
            {r.level === feedback.selfRating ? (
              <>
                {' '}
                <VerdictTag verdict="right">{tTags('yourRating')}</VerdictTag>
              </>
            ) : null}
            <br />
            <span {...CONTENT_LANG}>{r.description}</span>
          </li>
        ))}
      </ul>
      {resubmit ? (
        <form onSubmit={(e) => void save(e)} className="written-rate">
          <fieldset>
            <legend>{t('compare')}</legend>
            {rubric.map((r) => (
              <label key={r.level} className="choice">
                <input
                  type="radio"
                  name={`${feedback.itemId}-rating`}
                  value={r.level}
                  checked={local.choice === r.level}
                  onChange={() => update({ choice: r.level, status: 'idle', error: '' })}
                />
                <span>
                  <strong>
                    {t('level', { level: r.level })}: <span {...CONTENT_LANG}>{r.label}</span>
                  </strong>
                  <small {...CONTENT_LANG}>{r.description}</small>
                </span>
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" aria-describedby={`${feedback.itemId}-rating-error`}>
              {local.status === 'saving' ? t('saving') : t('save')}
            </button>
          </div>
          <p role="status" className="written-saved">
            {local.status === 'saving'
              ? t('savingRating')
              : saved
                ? t.rich('saved', { label: saved, c: asContent })
                : ''}
          </p>
          <p id={`${feedback.itemId}-rating-error`} role="alert" className="error">
            {local.status === 'error' ? local.error : waiting ? t('sending') : ''}
          </p>
        </form>
      ) : (
        <p>
          <strong>{t('selfRating')}</strong> {saved ? <span {...CONTENT_LANG}>{saved}</span> : t('notRated')}
        </p>
      )}
    </>
  );
}
