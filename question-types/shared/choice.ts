// What single and multiple choice share: options with feedback for each, one or several of them the key.
import type { Option } from '@/content/fields';
import { formatItemPoints } from '@/lib/quiz/points';
import { seededShuffle } from '@/lib/quiz/shuffle';
import type { ContentChecks } from '../define';
import type { ChoiceFeedback } from './feedback';
import type { PartIds } from './parts';
import type { GuideTable, OptionCount } from './report';
import { englishWords, type TeacherWords } from './teacher-words';

interface ChoiceItem {
  id: string;
  shuffle: boolean;
  options: Array<Option & { credit?: number | undefined }>;
}

/** Every key id must name an option. */
export function checkChoice(item: ChoiceItem, keys: string[], keyPath: (i: number) => string, c: ContentChecks): void {
  const ids = item.options.map((o) => o.id);
  c.checkIds('options', ids);
  keys.forEach((k, i) => {
    if (!ids.includes(k)) c.add(keyPath(i), `key "${k}" points to no option`);
  });
}

// Authors often put the key first. Unless an item fixes its order, the browser gets a scrambled base order
// (then shuffled again per attempt), so a class with shuffling switched off still cannot learn "it's always A".
export function publicOptions(item: ChoiceItem, ids: PartIds): Array<{ id: string; text: string }> {
  const options = item.options.map(({ id, text }) => ({ id: ids.toPublic('option', id), text }));
  return item.shuffle ? seededShuffle(options, `public:${item.id}`) : options;
}

/** What a non-key option scores: its credit if it is a defensible alternative, else nothing. */
export const creditOf = (option: { credit?: number | undefined } | undefined) => option?.credit ?? 0;

/** An option's feedback, with its credit when it has one (the browser tags it "Also fair"). */
export const choiceFeedback = <Id extends string>(
  o: { id: Id; feedback: string; credit?: number | undefined },
  isKey: boolean,
  chosen: boolean,
): ChoiceFeedback & { id: Id } => ({ id: o.id, feedback: o.feedback, isKey, chosen, ...(o.credit ? { credit: o.credit } : {}) });

export const optionFeedback = (item: ChoiceItem, keys: string[], chosen: string[]): ChoiceFeedback[] =>
  item.options.map((o) => choiceFeedback(o, keys.includes(o.id), chosen.includes(o.id)));

/** The guide's "Right?" cell: a defensible alternative earns part of the point. */
export const rightLabel = (isKey: boolean, credit: number | undefined, t: TeacherWords = englishWords) =>
  isKey ? t('guide.yes') : credit ? t('guide.partly', { points: formatItemPoints(credit) }) : t('guide.no');

export const optionText = (item: ChoiceItem, id: string) => item.options.find((o) => o.id === id)?.text ?? id;

export function choiceGuide(item: ChoiceItem, keys: string[], t: TeacherWords = englishWords): GuideTable {
  return {
    context: null,
    choiceHeading: t('guide.option'),
    rightHeading: t('guide.right'),
    rows: item.options.map((o) => ({ key: o.id, choice: o.text, right: rightLabel(keys.includes(o.id), o.credit, t), feedback: o.feedback, misconception: o.misconception })),
  };
}

/** How often each option was chosen (an option counted once per answer). */
export function choiceCounts(item: ChoiceItem, keys: string[], chosen: string[][]): OptionCount[] {
  const count = new Map<string, number>();
  for (const ids of chosen) for (const id of new Set(ids)) count.set(id, (count.get(id) ?? 0) + 1);
  return item.options.map((o) => ({
    id: o.id,
    text: o.text,
    isKey: keys.includes(o.id),
    count: count.get(o.id) ?? 0,
    misconception: o.misconception ?? null,
  }));
}
