// What each misconception is called and why it is wrong (content/vocabulary/misconceptions.json), for results and
// teacher pages. Apart from ./vocabulary.ts so the question page's code does not carry these words.
import type { Misconception } from '@/content/words';
import misconceptions from '@/content/vocabulary/misconceptions.json';

export const MISCONCEPTION_LABELS: Record<Misconception, { label: string; explain: string }> = misconceptions;
