// Chance, the best constant answer, and a "test-wise student" who answers from surface features alone, all graded
// with the real grader, so partial credit and alternatives count exactly as they do for students.
import { gradeItem } from '../../lib/quiz/grade';
import type { Response } from '../../lib/quiz/responses';
import type { Item, ItemOf, Status } from '../schema';
import { STATUSES } from '../words';
import { hasAbsolute, hasHedge, hasNumber, hasQuote } from './surface';

export type ClosedType = 'single' | 'multiple' | 'classify' | 'scope' | 'match' | 'order' | 'two-part';
export const CLOSED_TYPES: ClosedType[] = ['single', 'multiple', 'classify', 'scope', 'match', 'order', 'two-part'];

const score = (item: Item, response: Response) => gradeItem(item, response).score;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function subsets<T>(xs: T[]): T[][] {
  return Array.from({ length: 2 ** xs.length }, (_, mask) => xs.filter((_x, i) => mask & (1 << i)));
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

// Scope judgements and match pairings are graded part by part, so chance is the mean over each part's choices.
function scopeResponse(judge: (s: ItemOf<'scope'>['statements'][number]) => boolean, item: ItemOf<'scope'>): Response {
  return { type: 'scope', judgements: Object.fromEntries(item.statements.map((s) => [s.id, judge(s)])) };
}

/** Expected score of a student who guesses uniformly. */
export function chance(item: Item): number | undefined {
  switch (item.type) {
    case 'single':
      return mean(item.options.map((o) => score(item, { type: 'single', choice: o.id })));
    case 'multiple': // every subset of the options equally likely
      return mean(subsets(item.options.map((o) => o.id)).map((c) => score(item, { type: 'multiple', choices: c })));
    case 'classify':
      return mean(STATUSES.map((s) => score(item, { type: 'classify', status: s })));
    case 'scope':
      return 0.5;
    case 'match':
      return 1 / item.parties.length;
    case 'two-part': // every pair of an answer and a reason equally likely
      return mean(item.partA.options.flatMap((a) => item.partB.options.map((b) => score(item, { type: 'two-part', answer: a.id, reason: b.id }))));
    case 'order': {
      const ids = item.steps.map((s) => s.id);
      const perms = ids.length <= 7 ? permutations(ids) : [ids, [...ids].reverse()];
      return mean(perms.map((order) => score(item, { type: 'order', order })));
    }
    default:
      return undefined;
  }
}

// Cue points a test-wise student gives an option: longest, hedged or two-part, and free of absolute words.
function cuePoints(text: string, longest: boolean): number {
  return (longest ? 1 : 0) + (hasHedge(text) ? 1 : 0) - (hasAbsolute(text) ? 1 : 0);
}

function classifyGuess(statement: string): Status {
  if (hasQuote(statement)) return 'opinion';
  if (hasNumber(statement)) return 'disputed';
  if (hasAbsolute(statement)) return 'disputed';
  return 'claim';
}

/** Score of the test-wise student on one closed item (ties between equally cued options are averaged). */
export function testWise(item: Item): number | undefined {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const max = Math.max(...item.options.map((o) => o.text.length));
      const points = item.options.map((o) => cuePoints(o.text, o.text.length === max));
      if (item.type === 'multiple') {
        // picks every option that looks at least as careful as the average one
        const avg = mean(points);
        const choices = item.options.filter((_, i) => (points[i] as number) >= avg).map((o) => o.id);
        return score(item, { type: 'multiple', choices });
      }
      const best = Math.max(...points);
      const picks = item.options.filter((_, i) => points[i] === best);
      return mean(picks.map((o) => score(item, { type: 'single', choice: o.id })));
    }
    case 'classify':
      return score(item, { type: 'classify', status: classifyGuess(item.statement) });
    case 'scope': // overreach sounds absolute: "does not prove" when absolute or exact, "proves" when hedged
      return score(item, scopeResponse((s) => !(hasAbsolute(s.text) || hasNumber(s.text)) && (hasHedge(s.text) || s.text.length < 80), item));
    case 'match': {
      // pair each claim with the party whose name shares the most words with it
      const words = (t: string) => new Set(t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);
      const pairs: Record<string, string> = {};
      for (const c of item.claims) {
        const cw = words(c.text);
        let best = item.parties[0]?.id ?? '';
        let bestN = -1;
        for (const p of item.parties) {
          const n = [...words(p.name)].filter((w) => cw.has(w)).length;
          if (n > bestN) [best, bestN] = [p.id, n];
        }
        pairs[c.id] = best;
      }
      return score(item, { type: 'match', pairs });
    }
    case 'two-part': {
      // the most cued option in each part, ties averaged over every pair of them
      const cued = (options: Array<{ id: string; text: string }>) => {
        const max = Math.max(...options.map((o) => o.text.length));
        const points = options.map((o) => cuePoints(o.text, o.text.length === max));
        return options.filter((_, i) => points[i] === Math.max(...points));
      };
      return mean(cued(item.partA.options).flatMap((a) => cued(item.partB.options).map((b) => score(item, { type: 'two-part', answer: a.id, reason: b.id }))));
    }
    case 'order': // shortest step first
      return score(item, { type: 'order', order: [...item.steps].sort((a, b) => a.text.length - b.text.length).map((s) => s.id) });
    default:
      return undefined;
  }
}

/** The parts a constant strategy answers: each classify item, or each scope statement, with its best-answer table. */
export function constantScores(items: Item[]): { classify?: { best: string; score: number; chance: number }; scope?: { best: string; score: number; chance: number } } {
  const out: ReturnType<typeof constantScores> = {};
  const classify = items.filter((i): i is ItemOf<'classify'> => i.type === 'classify');
  if (classify.length > 0) {
    const by = STATUSES.map((s) => ({ best: s, score: mean(classify.map((i) => score(i, { type: 'classify', status: s }))) }));
    const top = by.reduce((a, b) => (b.score > a.score ? b : a));
    out.classify = { ...top, chance: mean(classify.map((i) => chance(i) ?? 0)) };
  }
  const scope = items.filter((i): i is ItemOf<'scope'> => i.type === 'scope');
  if (scope.length > 0) {
    const parts = scope.flatMap((i) => i.statements);
    const yes = mean(parts.map((s) => (s.proves ? 1 : 0)));
    out.scope = yes >= 0.5 ? { best: 'proves', score: yes, chance: 0.5 } : { best: 'does not prove', score: 1 - yes, chance: 0.5 };
  }
  return out;
}

/** Where a surface rule fires, the score of the best single answer there, for classify statements and scope parts. */
export interface RuleScore {
  type: 'classify' | 'scope';
  fires: number;
  best: string;
  score: number;
  chance: number;
}
export function ruleScores(items: Item[], rule: (text: string) => boolean): RuleScore[] {
  const classify = items.filter((i): i is ItemOf<'classify'> => i.type === 'classify' && rule(i.statement));
  const scopeParts = items.flatMap((i) => (i.type === 'scope' ? i.statements.filter((s) => rule(s.text)) : []));
  const results: RuleScore[] = [];
  if (classify.length > 0) {
    const by = STATUSES.map((s) => ({ best: s, score: mean(classify.map((i) => score(i, { type: 'classify', status: s }))) }));
    const top = by.reduce((a, b) => (b.score > a.score ? b : a));
    results.push({ type: 'classify', fires: classify.length, ...top, chance: mean(classify.map((i) => chance(i) ?? 0)) });
  }
  if (scopeParts.length > 0) {
    const yes = mean(scopeParts.map((s) => (s.proves ? 1 : 0)));
    results.push({ type: 'scope', fires: scopeParts.length, best: yes >= 0.5 ? 'proves' : 'does not prove', score: Math.max(yes, 1 - yes), chance: 0.5 });
  }
  return results;
}

export { mean };
