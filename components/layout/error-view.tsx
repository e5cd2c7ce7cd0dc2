'use client';
import { useErrorTexts, type ErrorTexts } from './error-texts';

// The error pages' body in the empty-state look (app/globals.css), written out rather than built from EmptyState,
// Icon and Link: the boundaries ship on every page, so they carry no more code than this.
export function ErrorView({ text, reset, home }: { text: keyof ErrorTexts; reset: () => void; home?: boolean }) {
  const { locale, dir, t } = useErrorTexts();
  return (
    <div className="empty-state error-page" lang={locale} dir={dir}>
      <span className="empty-state-icon">
        <svg className="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="M12 3.5L2.5 20h19zM12 10v4M12 17v.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </span>
      <h1>{t.title}</h1>
      <p>{t[text]}</p>
      <div className="actions">
        <button type="button" onClick={() => reset()}>
          {t.tryAgain}
        </button>
        {home ? (
          // a full page load on purpose: whatever broke the app's own rendering starts afresh
          // oxlint-disable-next-line next/no-html-link-for-pages
          <a className="button secondary" href="/">
            {t.home}
          </a>
        ) : null}
      </div>
    </div>
  );
}
