// What the browser may see of an item before it is answered: no key, no feedback, no explanation, no tags, and
// no author ids for its parts (they tend to spell the key: `key: a`, steps listed in order), only public ones.
import type { Item, Quiz, Stimulus } from '@/content/schema';
import { getAuthSecret } from '@/lib/env';
import { partIds, type PartIds } from './public-ids';
import { seededShuffle } from './shuffle';
import type { IdScope } from './id-scope';

interface PublicBase {
  id: string;
  prompt: string;
  sentences: string[];
  stimulus: Stimulus[];
  shuffle: boolean;
}
export type PublicItem = PublicBase &
  (
    | { type: 'single'; options: Array<{ id: string; text: string }> }
    | { type: 'multiple'; options: Array<{ id: string; text: string }> }
    | { type: 'classify'; statement: string }
    | { type: 'highlight'; words: string[] }
    | { type: 'match'; parties: Array<{ id: string; name: string }>; claims: Array<{ id: string; text: string }> }
    | { type: 'order'; steps: Array<{ id: string; text: string }> }
    | { type: 'scope'; finding: string; statements: Array<{ id: string; text: string }> }
    | { type: 'written'; maxLength: number; rubric: Array<{ level: number; label: string }> }
  );

export interface PublicSection {
  id: string;
  title: string;
  intro: string | null;
  items: PublicItem[];
}

export interface PublicQuiz {
  id: string;
  article: string;
  title: string;
  summary: string;
  kind: Quiz['kind'];
  minutes: number;
  sections: PublicSection[];
}

export function toPublicItem(item: Item, ids: PartIds): PublicItem {
  const base: PublicBase = {
    id: item.id,
    prompt: item.prompt,
    sentences: item.sentences,
    stimulus: item.stimulus ?? [],
    shuffle: item.shuffle,
  };
  switch (item.type) {
    case 'single':
      return { ...base, type: 'single', options: publicOptions(item, ids) };
    case 'multiple':
      return { ...base, type: 'multiple', options: publicOptions(item, ids) };
    case 'classify':
      return { ...base, type: 'classify', statement: item.statement };
    case 'highlight':
      return { ...base, type: 'highlight', words: item.passage.split(/\s+/) };
    case 'match':
      return {
        ...base,
        type: 'match',
        parties: item.parties.map(({ id, name }) => ({ id: ids.toPublic('party', id), name })),
        claims: item.claims.map(({ id, text }) => ({ id: ids.toPublic('claim', id), text })),
      };
    case 'order':
      return { ...base, type: 'order', steps: scrambledSteps(item).map(({ id, text }) => ({ id: ids.toPublic('step', id), text })) };
    case 'scope':
      return {
        ...base,
        type: 'scope',
        finding: item.finding,
        statements: item.statements.map(({ id, text }) => ({ id: ids.toPublic('statement', id), text })),
      };
    case 'written':
      // rubric labels only: the descriptions and the model answer come with feedback
      return { ...base, type: 'written', maxLength: item.maxLength, rubric: item.rubric.map(({ level, label }) => ({ level, label })) };
  }
}

export function toPublicQuiz(quiz: Quiz, scope: IdScope, secret: string = getAuthSecret()): PublicQuiz {
  const item = (i: Item) => toPublicItem(i, partIds(scope, i, secret));
  return {
    id: quiz.id,
    article: quiz.article,
    title: quiz.title,
    summary: quiz.summary,
    kind: quiz.kind,
    minutes: quiz.minutes,
    sections: quiz.sections.map((s) => ({ id: s.id, title: s.title, intro: s.intro ?? null, items: s.items.map(item) })),
  };
}

// Authors tend to write steps in the right order, so the file order must never reach the browser (compared in
// author ids, before they are made public).
function scrambledSteps(item: Extract<Item, { type: 'order' }>): Array<{ id: string; text: string }> {
  const steps = item.steps.map(({ id, text }) => ({ id, text }));
  const scrambled = seededShuffle(steps, `public:${item.id}`);
  const same = scrambled.every((s, i) => s.id === item.key[i]);
  return same ? scrambled.reverse() : scrambled;
}

// Authors often put the key first. Unless an item fixes its order, the browser gets a scrambled base order
// (then shuffled again per attempt), so a class with shuffling switched off still cannot learn "it's always A".
function publicOptions(item: Extract<Item, { type: 'single' | 'multiple' }>, ids: PartIds): Array<{ id: string; text: string }> {
  const options = item.options.map(({ id, text }) => ({ id: ids.toPublic('option', id), text }));
  return item.shuffle ? seededShuffle(options, `public:${item.id}`) : options;
}
