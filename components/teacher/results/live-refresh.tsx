'use client';
// Keeps the results current while students work: re-renders the server page every 10 s while the tab is visible,
// and says politely what changed. Off once the assignment is closed; the teacher can pause it.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import styles from './results.module.css';

export const REFRESH_MS = 10_000;

export interface LiveCounts {
  started: number;
  answers: number;
  submitted: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function changeMessage(before: LiveCounts, after: LiveCounts): string {
  const parts: string[] = [];
  const started = after.started - before.started;
  const answers = after.answers - before.answers;
  const submitted = after.submitted - before.submitted;
  if (started > 0) parts.push(`${plural(started, 'student', 'students')} started`);
  if (answers > 0) parts.push(plural(answers, 'new answer', 'new answers'));
  if (submitted > 0) parts.push(`${plural(submitted, 'student', 'students')} handed in`);
  return parts.length > 0 ? `${parts.join(', ')}.` : '';
}

export function LiveRefresh({ counts, active }: { counts: LiveCounts; active: boolean }) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  const [message, setMessage] = useState('');
  const previous = useRef(counts);

  // new props arrive after each refresh: announce the difference
  const { started, answers, submitted } = counts;
  useEffect(() => {
    const text = changeMessage(previous.current, { started, answers, submitted });
    previous.current = { started, answers, submitted };
    if (text) setMessage(text);
  }, [started, answers, submitted]);

  useEffect(() => {
    if (!active || paused) return;
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') router.refresh();
    };
    const timer = window.setInterval(refreshIfVisible, REFRESH_MS);
    // coming back to the tab: catch up at once
    document.addEventListener('visibilitychange', refreshIfVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refreshIfVisible);
    };
  }, [active, paused, router]);

  if (!active) {
    return (
      <p className={styles.live}>
        <span>This assignment is closed or past its due date: these results no longer change.</span>
      </p>
    );
  }
  return (
    <div className={styles.live}>
      <span>{paused ? 'Live updates are paused.' : 'Live: updates every 10 seconds while this tab is open.'}</span>
      <button type="button" className="secondary" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
        Pause live updates
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
