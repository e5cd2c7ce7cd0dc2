// The teaching vocabulary: a small set of status words, defined on screen wherever they are used.
import type { Confidence, Misconception, Status } from '@/content/schema';

export const STATUS_LABELS: Record<Status, { label: string; definition: string }> = {
  verified: {
    label: 'Verified / corroborated',
    definition:
      'Opposing parties agree on it, or it is public record you could check outside the article.',
  },
  claim: {
    label: 'Claim',
    definition: 'Said by one party and not independently checked in the article.',
  },
  disputed: {
    label: 'Disputed claim',
    definition: 'A claim that another party contradicts, whichever side spoke first (in the article or in an outside fact shown with its source).',
  },
  opinion: {
    label: 'Opinion or loaded label',
    definition: 'A value judgement, a forecast, or a charged word chosen to make you feel a certain way.',
  },
};

export const MISCONCEPTION_LABELS: Record<Misconception, { label: string; explain: string }> = {
  'official-source': {
    label: 'An official source makes it verified',
    explain: 'Officials are a party with a stake. What they say is a claim until someone independent checks it.',
  },
  'precise-number': {
    label: 'A precise number must be a fact',
    explain: '"Over 71" sounds measured, but a number is only as good as whoever counted it and how.',
  },
  'writer-verb': {
    label: '"Confirmed", "clarified" or "refuted" in the writer\'s voice settles it',
    explain: 'These verbs are the writer\'s framing. "X refuted Y" only tells you X denied it, not that Y is false.',
  },
  'quoted-true': {
    label: 'A quote is true because it is quoted',
    explain: 'Quotation marks prove someone said it (if the quote is accurate), not that what they said is true.',
  },
  'agency-vouches': {
    label: 'A news agency vouches for what it reports',
    explain: '"According to AFP, the Taliban said..." means AFP reported a statement; it does not mean AFP checked the number.',
  },
  'debunk-true': {
    label: 'A debunk is automatically true',
    explain: 'Saying "those photos are fake" is itself a claim that needs evidence, especially from a party with a stake.',
  },
  'both-sides-unknowable': {
    label: 'Two sides disagree, so nothing can be known',
    explain: 'Disagreement means you check further: the points both sides accept, and independent bodies, still tell you a lot.',
  },
  'photo-proves-caption': {
    label: 'A photo proves its caption',
    explain: 'A real photo can be old, from somewhere else, or captioned wrongly. The image and the claim about it are separate things to check.',
  },
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  sure: 'Sure',
  fairly: 'Fairly sure',
  guessing: 'Guessing',
};
