// The teaching vocabulary: a small set of status words, defined on screen wherever they are used. The words
// themselves are content (content/vocabulary.json), so an author can change them without touching code.
import type { Confidence, Misconception, Status } from '@/content/words';
import vocabulary from '@/content/vocabulary.json';

export const STATUS_LABELS: Record<Status, { label: string; definition: string }> = vocabulary.statuses;

export const MISCONCEPTION_LABELS: Record<Misconception, { label: string; explain: string }> = vocabulary.misconceptions;

export const CONFIDENCE_LABELS: Record<Confidence, string> = vocabulary.confidences;
