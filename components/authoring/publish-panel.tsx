'use client';
// Use (assessment unless the author chooses practice, told that the key then becomes public) and Publish, which
// stays disabled while any check fails or the checks are not yet run on the latest change. The server refuses too.
import Link from 'next/link';
import { useTranslations } from '#i18n/use-translations';
import { useId, useState, type ReactNode } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftState } from '@/lib/authoring/editor/state';
import styles from './editor.module.css';

// the links inside the message after publishing (t.rich)
const classesLink = (chunks: ReactNode) => <Link href="/teacher">{chunks}</Link>;
const quizzesLink = (chunks: ReactNode) => <Link href="/teacher/quizzes">{chunks}</Link>;

interface Props {
  use: DraftState['use'];
  published: DraftState['published'];
  blocked: string; // why Publish is disabled, or '' when it may run
  dispatch: (a: EditorAction) => void;
  onPublish: (practiceConfirmed: boolean) => Promise<{ ok: boolean; message: string }>;
}

export function PublishPanel({ use, published, blocked, dispatch, onPublish }: Props) {
  const t = useTranslations('editor.publish');
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const why = blocked || (use === 'practice' && !confirmed ? t('confirmPractice') : '');
  return (
    <section aria-labelledby={`${id}-h`} className={teacher.card}>
      <h2 id={`${id}-h`}>{t('heading')}</h2>
      <fieldset>
        <legend>{t('purpose')}</legend>
        <label className={teacher.choice}>
          <input
            type="radio"
            name={`${id}-use`}
            checked={use === 'assessment'}
            onChange={() => dispatch({ type: 'use', use: 'assessment' })}
          />
          {t('assessment')}
        </label>
        <label className={teacher.choice}>
          <input type="radio" name={`${id}-use`} checked={use === 'practice'} onChange={() => dispatch({ type: 'use', use: 'practice' })} />
          {t('practice')}
        </label>
      </fieldset>
      {use === 'practice' ? (
        <div className={styles.warning}>
          <p>{t('practiceWarning')}</p>
          <label className={teacher.choice}>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            {t('understand')}
          </label>
        </div>
      ) : null}
      <p id={`${id}-why`} className={teacher.hint}>
        {why || t('allPass')}
      </p>
      <button
        type="button"
        className={teacher.button}
        disabled={Boolean(why) || busy}
        aria-describedby={`${id}-why`}
        onClick={async () => {
          setBusy(true);
          setOutcome(await onPublish(use === 'practice' && confirmed));
          setBusy(false);
        }}
      >
        {busy ? t('busy') : published ? t('again') : t('button')}
      </button>
      <div role="status">
        {outcome ? (
          <p className={outcome.ok ? styles.ok : teacher.error}>
            {outcome.message}
            {outcome.ok ? <> {t.rich('next', { classes: classesLink, quizzes: quizzesLink })}</> : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}
