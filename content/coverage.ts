// Which quiz items touch which article sentence: a pure function, so authors can see the gaps.
import type { Article, Quiz } from './schema';

export interface SentenceCoverage {
  id: string;
  text: string;
  claim: boolean;
  items: string[]; // ids of items (in the given quizzes) whose `sentences` include this one
}

export interface Coverage {
  sentences: SentenceCoverage[]; // in article order
  uncovered: string[]; // claim-bearing sentence ids that no item touches
}

/** Coverage of one article by the quizzes built on it (quizzes for other articles are ignored; claimMap entries do not count). */
export function coverage(article: Article, quizzes: Iterable<Quiz>): Coverage {
  const touching = new Map<string, string[]>();
  for (const quiz of quizzes) {
    if (quiz.article !== article.id) continue;
    for (const section of quiz.sections) {
      for (const item of section.items) {
        for (const id of new Set(item.sentences)) {
          const list = touching.get(id) ?? [];
          list.push(item.id);
          touching.set(id, list);
        }
      }
    }
  }
  const sentences: SentenceCoverage[] = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of block.sentences) {
      sentences.push({ id: s.id, text: s.text, claim: s.claim, items: touching.get(s.id) ?? [] });
    }
  }
  const uncovered = sentences.filter((s) => s.claim && s.items.length === 0).map((s) => s.id);
  return { sentences, uncovered };
}
