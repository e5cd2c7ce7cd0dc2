'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from '#i18n/use-translations';

const fmt = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
};

/** The time left on a timed attempt. When it runs out the answers so far are handed in. */
export function TimeLeft({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const t = useTranslations('quizClass.time');
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  const left = end - now;
  useEffect(() => {
    if (left <= 0) {
      onExpire();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [left, onExpire]);
  const minutesLeft = Math.ceil(left / 60_000);
  return (
    <p className={left < 60_000 ? 'notice' : 'muted small'}>
      <span role="timer" aria-live="off">
        {left > 0 ? t('left', { time: fmt(left) }) : t('up')}
      </span>
      {/* announce only at a few moments, not every second */}
      <span role="status" className="visually-hidden">
        {[5, 1].includes(minutesLeft) && left > 0 ? t('minutesLeft', { count: minutesLeft }) : ''}
      </span>
    </p>
  );
}
