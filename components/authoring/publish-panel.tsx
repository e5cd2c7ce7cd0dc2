'use client';
// Use (assessment unless the author chooses practice, told that the key then becomes public) and Publish, which
// stays disabled while any check fails or the checks are not yet run on the latest change. The server refuses too.
import Link from 'next/link';
import { useId, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import { PRACTICE_WARNING } from '@/lib/authoring/editor/practice';
import type { DraftState } from '@/lib/authoring/editor/state';
import styles from './editor.module.css';

interface Props {
  use: DraftState['use'];
  published: DraftState['published'];
  blocked: string; // why Publish is disabled, or '' when it may run
  dispatch: (a: EditorAction) => void;
  onPublish: (practiceConfirmed: boolean) => Promise<{ ok: boolean; message: string }>;
}

export function PublishPanel({ use, published, blocked, dispatch, onPublish }: Props) {
  const id = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const why = blocked || (use === 'practice' && !confirmed ? 'Confirm that the key of a practice quiz becomes public.' : '');
  return (
    <section aria-labelledby={`${id}-h`} className={teacher.card}>
      <h2 id={`${id}-h`}>Publish</h2>
      <fieldset>
        <legend>What the quiz is for</legend>
        <label className={teacher.choice}>
          <input
            type="radio"
            name={`${id}-use`}
            checked={use === 'assessment'}
            onChange={() => dispatch({ type: 'use', use: 'assessment' })}
          />
          Assessment (answers stay hidden from students until you release them)
        </label>
        <label className={teacher.choice}>
          <input type="radio" name={`${id}-use`} checked={use === 'practice'} onChange={() => dispatch({ type: 'use', use: 'practice' })} />
          Practice
        </label>
      </fieldset>
      {use === 'practice' ? (
        <div className={styles.warning}>
          <p>{PRACTICE_WARNING}</p>
          <label className={teacher.choice}>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />I understand the key becomes
            public
          </label>
        </div>
      ) : null}
      <p id={`${id}-why`} className={teacher.hint}>
        {why || 'All checks pass.'}
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
        {busy ? 'Publishing…' : published ? 'Publish the changes' : 'Publish'}
      </button>
      <div role="status">
        {outcome ? (
          <p className={outcome.ok ? styles.ok : teacher.error}>
            {outcome.message}
            {outcome.ok ? (
              <>
                {' '}
                Assign it from one of <Link href="/teacher">your classes</Link>, or see <Link href="/teacher/quizzes">your quizzes</Link>.
              </>
            ) : null}
          </p>
        ) : null}
      </div>
    </section>
  );
}
