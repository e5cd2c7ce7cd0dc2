// What each question type gives the format writers: one TypeExport per type (question-types/<type>/export.ts,
// registered as the type's `exports`), so a type's whole export mapping lives in its folder. Everything here is
// format-neutral data; the writers in lib/export/qti, moodle.ts and gift.ts turn it into files. Nothing here may
// import the registry (it is imported by it).
import type { XElement, XNode } from './xml';

/** A feedback text shown when the outcome FEEDBACK holds `id` (per option, per hottext). */
export interface KeyedFeedback {
  id: string;
  text: string;
}

export interface QtiParts {
  /** responseDeclaration elements (2.1 names; the 3.0 dialect renames them) */
  declarations: XElement[];
  /** the interaction(s) and any text around them, after the item's prompt */
  body: XNode[];
  /** responseProcessing rules that set SCORE (0..1) from the responses */
  scoring: XElement[];
  /** responses whose chosen identifiers select keyed feedback (single/multiple cardinality identifier responses) */
  feedbackFrom: string[];
  keyedFeedback: KeyedFeedback[];
  /** feedback on each part, shown with the explanation (types whose parts are not plain identifiers) */
  partFeedback: string[];
  /** qtiMetadata interactionType values, e.g. choiceInteraction */
  interactionTypes: string[];
}

export interface MoodleAnswer {
  text: string;
  fraction: number; // -1..1
  feedback: string;
}
export type MoodleShape =
  | { qtype: 'multichoice'; single: boolean; answers: MoodleAnswer[] }
  | { qtype: 'matching'; pairs: Array<{ question: string; answer: string }>; extraAnswers: string[] }
  | { qtype: 'ordering'; steps: string[] }
  | { qtype: 'essay'; graderInfo: string; maxLength: number };

export interface FormatShape {
  /** text shown before the interaction (e.g. the passage, the finding, the statement) */
  lead: string[];
  moodle: MoodleShape;
  /** feedback on each part that the Moodle/GIFT shape has no per-answer slot for */
  partFeedback: string[];
}

export interface TypeExport<I> {
  /** names the Claimcheck type in docs and READMEs */
  label: string;
  qti(item: I, ids: IdMaker): QtiParts;
  lms(item: I): FormatShape;
  /** what this type loses in each format: listed in the package README and docs/exports.md */
  losses: { qti: string[]; moodle: string[]; gift: string[] };
  /** its row of the mapping table in docs/exports.md: the QTI interaction, QTI scoring, Moodle XML, GIFT */
  mapping: { qti: string; scoring: string; moodle: string; gift: string };
  /** each tagged wrong answer and its misconception, for the README (no format has a per-option slot for it) */
  tagged(item: I): TaggedAnswer[];
}

export interface TaggedAnswer {
  text: string;
  tag: string;
}

/** The tagged entries of a list, by their text (or id, for status words that have no text of their own). */
export const taggedAnswers = (list: Array<{ text?: string; id: string; misconception?: string | undefined }>): TaggedAnswer[] =>
  list.flatMap((o) => (o.misconception ? [{ text: o.text ?? o.id, tag: o.misconception }] : []));

/** Opaque, stable identifiers for choices: author ids often spell the key, so they never reach the file. */
export type IdMaker = (role: string, authorId: string) => string;
