// Tags for t.rich, defined once here (a tag made during render would be a new component each time): `en` marks
// content (quiz, article and vocabulary text, in English) inside a translated sentence, `b` is bold. (`time` is in
// time-tag.tsx: it brings a client component, which the player's bundle does not need.)
import type { ReactNode } from 'react';

export const en = (chunks: ReactNode) => <span lang="en" dir="ltr">{chunks}</span>;
export const b = (chunks: ReactNode) => <strong>{chunks}</strong>;
export const enb = (chunks: ReactNode) => <strong lang="en" dir="ltr">{chunks}</strong>;
