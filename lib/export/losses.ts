// What each format cannot carry, said once here: the package README and docs/exports.md both list it.
import type { ItemType } from '@/content/schema';
import { TYPE_EXPORTS } from './types';

export type Format = 'qti3' | 'qti21' | 'moodle' | 'gift';
export const FORMATS: Format[] = ['qti3', 'qti21', 'moodle', 'gift'];
export const FORMAT_NAMES: Record<Format, string> = {
  qti3: 'QTI 3.0 content package',
  qti21: 'QTI 2.1 content package',
  moodle: 'Moodle XML',
  gift: 'GIFT',
};

export const COMMON_LOSSES: Record<Format, string[]> = {
  qti3: [
    'Sentence highlighting in feedback: the article is a shared stimulus with each sentence marked (span id "sentence-<id>"), and each item quotes the sentences it is about above the prompt, but no player highlights them in the feedback.',
    'Confidence ratings (calibration) after an answer: QTI has no such construct.',
    'Misconception tags ride in the manifest as LOM keywords ("misconception:<tag>") per item; which option stands for which misconception is listed in this README, since QTI has no per-choice slot for it.',
  ],
  qti21: [
    'QTI 2.1 has no shared stimulus: the article is an XHTML page in the package (article.html) that every item embeds with an object element, and each item quotes the sentences it is about.',
    'Sentence highlighting in feedback and confidence ratings are not carried.',
    'Misconception tags ride in the manifest as IMS metadata keywords per item; which option stands for which is listed in this README.',
    'Written answers: QTI 2.1 has no "scored by a person" flag (3.0\'s external-scored), so the item\'s SCORE stays 0 until a person sets it.',
  ],
  moodle: [
    'The article is not a separate resource: it is a "description" question at the top of the category, and each question quotes the sentences it is about.',
    'Sentence highlighting in feedback and confidence ratings are not carried.',
    'Misconception tags become question tags ("misconception:<tag>"); which answer stands for which is listed in the README (exported beside the file as a comment block at its top).',
    'Sections become sub-categories (Moodle question bank categories); the section intros are in their category info.',
  ],
  gift: [
    'The article is a description question (text with no answers) at the top; each question quotes the sentences it is about.',
    'Sentence highlighting in feedback and confidence ratings are not carried.',
    'GIFT has no tags: misconception tags are in comments (// lines) above each question, which Moodle drops on import.',
    'Sections become $CATEGORY lines; the section intros are lost (GIFT categories have no description).',
  ],
};

export function typeLosses(format: Format): Array<{ type: ItemType; label: string; losses: string[] }> {
  const key = format === 'qti3' || format === 'qti21' ? 'qti' : format;
  return (Object.keys(TYPE_EXPORTS) as ItemType[]).map((type) => ({
    type,
    label: TYPE_EXPORTS[type].label,
    losses: TYPE_EXPORTS[type].losses[key],
  }));
}
