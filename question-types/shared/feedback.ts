// The part of an item's feedback every type shares.
import type { Source } from '@/content/fields';
import type { Grade } from './grade';

export interface FeedbackCommon {
  itemId: string;
  grade: Grade;
  explanation: string;
  sentences: string[];
  sources: Source[];
}

export interface ChoiceFeedback {
  id: string;
  feedback: string;
  isKey: boolean;
  chosen: boolean;
  credit?: number; // a defensible alternative: its share of the point
}
