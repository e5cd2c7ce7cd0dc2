// Checks a quiz against its article and itself: what the zod schema alone cannot see.
import type { Article, Item, Quiz } from './schema';
import { STATUSES } from './words';

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

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const id of ids) (seen.has(id) ? dups : seen).add(id);
  return [...dups];
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
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const ids = item.options.map((o) => o.id);
      checkIds('options', ids);
      const keys = item.type === 'single' ? [item.key] : item.key;
      keys.forEach((k, i) => {
        if (!ids.includes(k)) add(item.type === 'single' ? 'key' : `key.${i}`, `key "${k}" points to no option`);
      });
      if (item.type === 'multiple') for (const d of duplicates(item.key)) add('key', `key lists "${d}" twice`);
      break;
    }
    case 'classify': {
      const ids = item.options.map((o) => o.id);
      for (const d of duplicates(ids)) add('options', `duplicate status "${d}"`);
      for (const s of STATUSES) if (!ids.includes(s)) add('options', `no feedback for the status "${s}"`);
      break;
    }
    case 'highlight': {
      const words = item.passage.split(/\s+/);
      const all = [...item.targets, ...item.decoys];
      checkIds('targets', all.map((t) => t.id));
      all.forEach((t) => {
        if (findRun(words, t.text) < 0) add('targets', `"${t.text}" is not a run of whole words in the passage`);
      });
      break;
    }
    case 'match': {
      const parties = item.parties.map((p) => p.id);
      checkIds('parties', parties);
      checkIds('claims', item.claims.map((c) => c.id));
      item.claims.forEach((c, i) => {
        if (!parties.includes(c.party)) add(`claims.${i}.party`, `party "${c.party}" is not in parties`);
      });
      break;
    }
    case 'order': {
      const ids = item.steps.map((s) => s.id);
      checkIds('steps', ids);
      const sorted = (a: string[]) => [...a].sort().join(',');
      if (sorted(ids) !== sorted(item.key)) add('key', 'key must list every step exactly once');
      break;
    }
    case 'scope':
      checkIds('statements', item.statements.map((s) => s.id));
      if (!item.statements.some((s) => s.proves) || item.statements.every((s) => s.proves)) {
        add('statements', 'mix statements the finding proves with ones it does not');
      }
      break;
    case 'written': {
      const levels = item.rubric.map((r) => r.level).sort().join(',');
      if (levels !== '0,1,2') add('rubric', 'the rubric needs exactly one entry for each level 0, 1 and 2');
      break;
    }
  }
  return out;
}

/** Index of the first word of `phrase` as a run of whole words in `words` (punctuation-insensitive), or -1. */
export function findRun(words: string[], phrase: string): number {
  const norm = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const want = phrase.split(/\s+/).map(norm);
  const have = words.map(norm);
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, j) => have[i + j] === w)) return i;
  }
  return -1;
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
