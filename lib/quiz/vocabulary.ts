// The teaching vocabulary: a small set of status words, defined on screen wherever they are used. The words
// themselves are content (content/vocabulary/), so an author can change them without touching code. The
// misconceptions' words are in ./misconceptions.ts: the question page needs these two lists only.
import type { Confidence, Status } from '@/content/words';
import confidences from '@/content/vocabulary/confidences.json';
import statuses from '@/content/vocabulary/statuses.json';

export const STATUS_LABELS: Record<Status, { label: string; definition: string }> = statuses;

export const CONFIDENCE_LABELS: Record<Confidence, string> = confidences;
