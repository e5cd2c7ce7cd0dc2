'use client';
// Import a quiz exported from this or another Claimcheck (claimcheck-quiz/1 YAML): choose the file or paste its
// text. The server checks and lints it before anything is saved; a refusal lists every problem with where it is.
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import teacherStyles from '@/components/teacher/teacher.module.css';
import styles from './library.module.css';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; title: string }
  | { kind: 'failed'; message: string; problems: Array<{ file: string; path: string; message: string }> };

const MAX_MB = 1;

async function readFailure(response: globalThis.Response): Promise<Extract<Outcome, { kind: 'failed' }>> {
  const body = (await response.json().catch(() => null)) as { message?: unknown; problems?: unknown } | null;
  const message = typeof body?.message === 'string' ? body.message : `The import failed (${response.status}). Try again.`;
  const problems = Array.isArray(body?.problems) ? (body.problems as Array<{ file: string; path: string; message: string }>).filter((p) => typeof p?.message === 'string') : [];
  return { kind: 'failed', message, problems };
}

export function ImportForm() {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const hintId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (file instanceof File && file.size > MAX_MB * 1_000_000) {
      setOutcome({ kind: 'failed', message: `The file is larger than ${MAX_MB} MB: an exported quiz is far smaller. Check that you chose the right file.`, problems: [] });
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
        setOutcome(await readFailure(response));
      }
    } catch {
      setOutcome({ kind: 'failed', message: 'The connection failed: nothing was imported. Try again.', problems: [] });
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} action="/api/teacher/quizzes/import" method="post" encType="multipart/form-data" aria-describedby={hintId}>
      <p id={hintId} className={teacherStyles.hint}>
        A quiz exported as YAML from Claimcheck (at most {MAX_MB} MB). It is checked and linted like a shipped quiz, then saved as your private draft.
      </p>
      <div className={teacherStyles.field}>
        <label htmlFor="import-file">Quiz file</label>
        <input id="import-file" name="file" type="file" accept=".yaml,.yml,application/yaml,text/yaml,text/plain" />
      </div>
      <div className={teacherStyles.field}>
        <label htmlFor="import-text">Or paste the file’s text</label>
        <textarea id="import-text" name="text" className={styles.paste} spellCheck={false} />
      </div>
      <button type="submit" className={teacherStyles.button} disabled={outcome.kind === 'sending'}>
        {outcome.kind === 'sending' ? 'Checking and importing…' : 'Import quiz'}
      </button>
      <p role="status" className={teacherStyles.status}>
        {outcome.kind === 'done' ? `Imported “${outcome.title}” as a private draft under Your quizzes.` : ''}
      </p>
      <div role="alert">
        {outcome.kind === 'failed' ? (
          <>
            <p className={teacherStyles.alert}>{outcome.message}</p>
            {outcome.problems.length > 0 ? (
              <ul className={styles.problems} aria-label="Problems in the file">
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
