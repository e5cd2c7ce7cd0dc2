// What the browser may see of an item before it is answered: no key, no feedback, no explanation, no tags, and
// no author ids for its parts (they tend to spell the key: `key: a`, steps listed in order), only public ones.
// Each type's public part is made by question-types/<type>/.
import type { Item, Quiz } from '@/content/schema';
import { getAuthSecret } from '@/lib/env';
import { questionType } from '@/question-types/lookup';
import type { PartIds } from '@/question-types/shared/parts';
import type { PublicBase } from '@/question-types/shared/public';
import type { PublicItem } from '@/question-types/types';
import { partIds } from './public-ids';
import type { IdScope } from './id-scope';

export type { PublicItem, PublicItemOf } from '@/question-types/types';

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
  return { ...base, ...questionType(item.type).toPublic(item, ids) } as PublicItem;
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
