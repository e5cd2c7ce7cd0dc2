'use client';
// The article's details (with its own note, for an article opened from the library) and the quiz's title, summary
// and length.
import { useTranslations } from '#i18n/use-translations';
import { memo, useCallback } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftState } from '@/lib/authoring/editor/state';
import { TextField } from './text-field';

interface Props {
  meta: DraftState['meta'];
  quiz: DraftState['quiz'];
  dispatch: (a: EditorAction) => void;
}

export const MetaFields = memo(function MetaFields({ meta, quiz, dispatch }: Props) {
  const t = useTranslations('editor.meta');
  const m = useCallback((field: keyof DraftState['meta']) => (value: string) => dispatch({ type: 'meta', field, value }), [dispatch]);
  const q = useCallback((field: 'title' | 'summary') => (value: string) => dispatch({ type: 'quiz', field, value }), [dispatch]);
  return (
    <details className={teacher.card}>
      <summary>{t('summary')}</summary>
      <TextField content label={t('headline')} value={meta.title} onChange={m('title')} maxLength={300} />
      <TextField content label={t('outlet')} value={meta.outlet} onChange={m('outlet')} maxLength={200} />
      <TextField content label={t('dateline')} value={meta.dateline} onChange={m('dateline')} maxLength={200} />
      <TextField content label={t('date')} value={meta.published} onChange={m('published')} maxLength={100} />
      <TextField content label={t('link')} value={meta.link} onChange={m('link')} maxLength={2000} />
      {meta.note === undefined ? null : (
        <TextField content label={t('note')} value={meta.note} onChange={m('note')} maxLength={2000} multiline />
      )}
      <TextField content label={t('quizTitle')} value={quiz.title} onChange={q('title')} maxLength={300} />
      <TextField content label={t('quizSummary')} value={quiz.summary} onChange={q('summary')} maxLength={1000} multiline />
      <div className={teacher.field}>
        <label htmlFor="quiz-minutes">{t('minutes')}</label>
        <input
          id="quiz-minutes"
          type="number"
          min={1}
          max={240}
          value={quiz.minutes}
          onChange={(e) => dispatch({ type: 'minutes', value: Number(e.target.value) })}
        />
      </div>
    </details>
  );
});
