// Checks a quiz against its article and itself: what the zod schema alone cannot see.
import type { Article, Item, Quiz } from './schema';
import { questionType } from '@/question-types/lookup';
import { duplicates } from '@/question-types/shared/duplicates';

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export function sentenceIds(article: Article): Set<string> {
  const ids = new Set<string>();
  for (const block of article.blocks) {
    if (block.kind === 'paragraph') for (const s of block.sentences) ids.add(s.id);
  }
  return ids;
}

export function validateArticle(article: Article, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  article.blocks.forEach((block, b) => {
    const ids = block.kind === 'paragraph' ? [block.id, ...block.sentences.map((s) => s.id)] : [block.id];
    ids.forEach((id) => {
      if (seen.has(id)) problems.push({ file, path: `blocks.${b}`, message: `duplicate id "${id}"` });
      seen.add(id);
    });
  });
  return problems;
}

// Option ids reach the browser; one that names the answer would leak the key.
const TELLING_ID = /(^|-)(correct|right|answer|key|true|wrong|false)(-|$)/;

function itemProblems(item: Item, at: string, known: Set<string>): Array<Omit<ContentProblem, 'file'>> {
  const out: Array<Omit<ContentProblem, 'file'>> = [];
  const add = (path: string, message: string) => out.push({ path: `${at}.${path}`, message });
  item.sentences.forEach((s, i) => {
    if (!known.has(s)) add(`sentences.${i}`, `unknown sentence id "${s}" (not in the article)`);
  });
  const checkIds = (field: string, ids: string[]) => {
    for (const d of duplicates(ids)) add(field, `duplicate id "${d}"`);
    ids.forEach((id, i) => {
      if (TELLING_ID.test(id)) add(`${field}.${i}.id`, `id "${id}" gives the answer away; use a neutral id`);
    });
  };
  // the checks that belong to the item's type (question-types/<type>/index.ts)
  questionType(item.type).check(item, { add, checkIds });
  return out;
}

export function validateQuiz(quiz: Quiz, article: Article | undefined, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!article) return [{ file, path: 'article', message: `no article with id "${quiz.article}" in content/articles` }];
  const known = sentenceIds(article);
  const itemIds: string[] = [];
  for (const d of duplicates(quiz.sections.map((s) => s.id))) {
    problems.push({ file, path: 'sections', message: `duplicate section id "${d}"` });
  }
  quiz.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      itemIds.push(item.id);
      for (const p of itemProblems(item, `sections.${s}.items.${i}`, known)) problems.push({ file, ...p });
    });
  });
  for (const d of duplicates(itemIds)) problems.push({ file, path: 'sections', message: `duplicate item id "${d}"` });
  const classify = new Set(quiz.sections.flatMap((s) => s.items.filter((i) => i.type === 'classify').map((i) => i.id)));
  quiz.claimMap.forEach((party, p) => {
    party.claims.forEach((claim, c) => {
      const at = `claimMap.${p}.claims.${c}`;
      claim.sentences.forEach((s, i) => {
        if (!known.has(s)) problems.push({ file, path: `${at}.sentences.${i}`, message: `unknown sentence id "${s}"` });
      });
      if (claim.item && !classify.has(claim.item)) {
        problems.push({ file, path: `${at}.item`, message: `"${claim.item}" is not a classify item of this quiz` });
      }
    });
  });
  return problems;
}
