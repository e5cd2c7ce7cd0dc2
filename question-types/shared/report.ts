// Shapes the reports and the teacher's guide read from every type.
import type { Misconception } from '@/content/words';

export const quote = (s: string) => `“${s}”`;

/** How often one option (or status word) was chosen, for the per-question table. */
export interface OptionCount {
  id: string;
  text: string;
  isKey: boolean;
  count: number;
  misconception: Misconception | null;
}

/** One row of the guide's feedback table: an answer part, whether it is right, its feedback and tag. */
export interface GuideRow {
  key: string;
  choice: string;
  right: string;
  feedback: string;
  misconception?: Misconception | undefined;
}

export interface GuideTable {
  /** What the question shows besides its prompt (a statement, a passage, a finding), as a line of text. */
  context: string | null;
  choiceHeading: string;
  rightHeading: string;
  rows: GuideRow[];
}
