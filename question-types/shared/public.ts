// What the browser sees of every item, whatever its type (each type adds its own public part).
import type { Stimulus } from '@/content/fields';

export interface PublicBase {
  id: string;
  prompt: string;
  sentences: string[];
  stimulus: Stimulus[];
  shuffle: boolean;
}
