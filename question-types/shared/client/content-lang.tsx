// Quiz content (stems, options, feedback, passages) keeps its own language under an interface in another one: its
// containers carry these, so a screen reader speaks it as English and an Urdu (right-to-left) page lays it out left
// to right with its punctuation in place. Content files name no language yet: every article and quiz is English.
import type { ReactNode } from 'react';

export const CONTENT_LANG = { lang: 'en', dir: 'ltr' } as const;

/** The `<c>` chunk of a message that quotes content inside the interface's words (t.rich(..., { c: asContent })). */
export const asContent = (chunks: ReactNode) => <span {...CONTENT_LANG}>{chunks}</span>;
