'use client';
// Import a quiz exported from this or another Claimcheck (claimcheck-quiz/1 YAML): choose the file or paste its
// text. The server checks and lints it before anything is saved; a refusal lists every problem with where it is.
import { useRouter } from 'next/navigation';
import { useTranslations } from '#i18n/use-translations';
import { useId, useRef, useState, type FormEvent } from 'react';
import teacherStyles from '@/components/teacher/teacher.module.css';
import styles from './library.module.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; title: string }
  | { kind: 'failed'; message: string; problems: Array<{ file: string; path: string; message: string }> };

const MAX_MB = 1;

async function readFailure(response: globalThis.Response, fallback: string): Promise<Extract<Outcome, { kind: 'failed' }>> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; problems?: unknown } | null;
  const message = typeof body?.message === 'string' ? body.message : fallback;
  const problems = Array.isArray(body?.problems) ? (body.problems as Array<{ file: string; path: string; message: string }>).filter((p) => typeof p?.message === 'string') : [];
  return { kind: 'failed', message, problems };
}

export function ImportForm() {
  const router = useRouter();
  const t = useTranslations('library.import');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const hintId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (file instanceof File && file.size > MAX_MB * 1_000_000) {
      setOutcome({ kind: 'failed', message: t('tooLarge', { mb: MAX_MB }), problems: [] });
      return;
    }
    setOutcome({ kind: 'sending' });
    try {
      const response = await fetch('/api/teacher/quizzes/import', { method: 'POST', body: data });
      if (response.status === 201) {
        const { title } = (await response.json()) as { title: string };
        setOutcome({ kind: 'done', title });
        formRef.current?.reset();
        router.refresh();
      } else {
        setOutcome(await readFailure(response, t('failedStatus', { status: response.status })));
      }
    } catch {
      setOutcome({ kind: 'failed', message: t('connection'), problems: [] });
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} action="/api/teacher/quizzes/import" method="post" encType="multipart/form-data" aria-describedby={hintId}>
      <p id={hintId} className={teacherStyles.hint}>
        {t('hint', { mb: MAX_MB })}
      </p>
      <div className={teacherStyles.field}>
        <label htmlFor="import-file">{t('file')}</label>
        <input id="import-file" name="file" type="file" accept=".yaml,.yml,application/yaml,text/yaml,text/plain" />
      </div>
      <div className={teacherStyles.field}>
        <label htmlFor="import-text">{t('paste')}</label>
        <textarea id="import-text" name="text" className={styles.paste} spellCheck={false} dir="ltr" />
      </div>
      <button type="submit" className={teacherStyles.button} disabled={outcome.kind === 'sending'}>
        {outcome.kind === 'sending' ? t('sending') : t('submit')}
      </button>
      <p role="status" className={teacherStyles.status}>
        {outcome.kind === 'done' ? t('done', { title: outcome.title }) : ''}
      </p>
      <div role="alert">
        {outcome.kind === 'failed' ? (
          <>
            <p className={teacherStyles.alert}>{outcome.message}</p>
            {/* where each problem is, in the file's own terms, and what the content check says (in English) */}
            {outcome.problems.length > 0 ? (
              <ul className={styles.problems} aria-label={t('problems')} lang="en" dir="ltr">
                {outcome.problems.map((p, i) => (
                  <li key={i}>
                    {p.file} {p.path}: {p.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </form>
  );
}
