'use client';
// Keeps the results current while students work: re-renders the server page every 10 s while the tab is visible,
// and says politely what changed. Off once the assignment is closed; the teacher can pause it.
import { useTranslations } from '#i18n/use-translations';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import styles from './results.module.css';

export const REFRESH_MS = 10_000;

export interface LiveCounts {
  started: number;
  answers: number;
  submitted: number;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What changed since the last refresh, in words (`t`: the `teacher` namespace). */
export function changeMessage(before: LiveCounts, after: LiveCounts, t: Translate): string {
  const parts: string[] = [];
  const started = after.started - before.started;
  const answers = after.answers - before.answers;
  const submitted = after.submitted - before.submitted;
  if (started > 0) parts.push(t('live.started', { n: started }));
  if (answers > 0) parts.push(t('live.answers', { n: answers }));
  if (submitted > 0) parts.push(t('live.handedIn', { n: submitted }));
  return parts.length > 0 ? t('live.changes', { list: parts.join(t('live.separator')) }) : '';
}

export function LiveRefresh({ counts, active }: { counts: LiveCounts; active: boolean }) {
  const router = useRouter();
  const t = useTranslations('teacher');
  const [paused, setPaused] = useState(false);
  const [message, setMessage] = useState('');
  const previous = useRef(counts);

  // new props arrive after each refresh: announce the difference
  const { started, answers, submitted } = counts;
  useEffect(() => {
    const text = changeMessage(previous.current, { started, answers, submitted }, t);
    previous.current = { started, answers, submitted };
    if (text) setMessage(text);
  }, [started, answers, submitted, t]);

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
        <span>{t('live.closed')}</span>
      </p>
    );
  }
  return (
    <div className={styles.live}>
      <span>{paused ? t('live.paused') : t('live.on')}</span>
      <button type="button" className="secondary" aria-pressed={paused} onClick={() => setPaused((p) => !p)}>
        {t('live.pause')}
      </button>
      <span role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
