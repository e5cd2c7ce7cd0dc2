// The fixed word lists of the content format, with no zod: browser code imports these without pulling in the
// schema library.
export const STATUSES = ['verified', 'claim', 'disputed', 'opinion'] as const;
export type Status = (typeof STATUSES)[number];

export const MISCONCEPTIONS = [
  'official-source',
  'precise-number',
  'writer-verb',
  'quoted-true',
  'agency-vouches',
  'debunk-true',
  'both-sides-unknowable',
  'photo-proves-caption',
] as const;
export type Misconception = (typeof MISCONCEPTIONS)[number];

export const CONFIDENCES = ['sure', 'fairly', 'guessing'] as const;
export type Confidence = (typeof CONFIDENCES)[number];
