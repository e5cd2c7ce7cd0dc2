// Grading: pure functions from an item and a parsed response to a mark. Every item is worth 1 point.
import type { Item, ItemOf, Misconception, Status } from '@/content/schema';
import { findRun } from '@/content/validate';
import type { Response, ResponseOf } from './responses';

export interface Grade {
  score: number; // 0..1
  correct: boolean; // full marks
  // a written answer not yet rated against the rubric
  pending: boolean;
  misconceptions: Misconception[];
  // classify items: the status the key gives and the one chosen, when they differ
  misjudged?: { expected: Status; chosen: Status };
}

export class ResponseMismatchError extends Error {
  constructor(expected: string, got: string) {
    super(`This question expects a ${expected} answer, not ${got}.`);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

function result(score: number, misconceptions: Array<Misconception | undefined>, extra: Partial<Grade> = {}): Grade {
  const s = round(clamp01(score));
  const tags = [...new Set(misconceptions.filter((m): m is Misconception => m !== undefined))];
  return { score: s, correct: s === 1, pending: false, misconceptions: tags, ...extra };
}


export function highlightSpans(item: ItemOf<'highlight'>): { words: string[]; spans: Map<string, number[]> } {
  const words = item.passage.split(/\s+/);
  const spans = new Map<string, number[]>();
  for (const t of [...item.targets, ...item.decoys]) {
    const start = findRun(words, t.text);
    const length = t.text.split(/\s+/).length;
    spans.set(t.id, start < 0 ? [] : Array.from({ length }, (_, i) => start + i));
  }
  return { words, spans };
}

/** Runs of consecutive word indexes, e.g. [1,2,5] -> [[1,2],[5]] */
export function runs(indexes: number[]): number[][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

export function gradeHighlight(item: ItemOf<'highlight'>, chosen: number[]) {
  const { spans } = highlightSpans(item);
  const selected = new Set(chosen);
  const inTarget = new Set(item.targets.flatMap((t) => spans.get(t.id) ?? []));
  const found = item.targets.filter((t) => (spans.get(t.id) ?? []).every((w) => selected.has(w)));
  const stray = runs(chosen.filter((w) => !inTarget.has(w)));
  const decoysHit = item.decoys.filter((d) => (spans.get(d.id) ?? []).some((w) => selected.has(w)));
  return { found, stray, decoysHit };
}

// share of step pairs in the right relative order (see ORDER_RULE)
function orderScore(key: string[], order: string[]): number {
  const pos = new Map(order.map((id, i) => [id, i]));
  let good = 0;
  let total = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      total++;
      const a = pos.get(key[i] as string);
      const b = pos.get(key[j] as string);
      if (a !== undefined && b !== undefined && a < b) good++;
    }
  }
  return total === 0 ? 0 : good / total;
}


export function gradeItem(item: Item, response: Response): Grade {
  if (item.type !== response.type) throw new ResponseMismatchError(item.type, response.type);
  switch (item.type) {
    case 'single': {
      const r = response as ResponseOf<'single'>;
      const option = item.options.find((o) => o.id === r.choice);
      return result(r.choice === item.key ? 1 : (option?.credit ?? 0), [option?.misconception]);
    }
    case 'multiple': {
      // each right option chosen adds 1/k, each wrong one takes 1/k away (k = right options), floored at 0
      const r = response as ResponseOf<'multiple'>;
      const chosen = new Set(r.choices);
      const hits = item.key.filter((k) => chosen.has(k)).length;
      const wrong = item.options.filter((o) => chosen.has(o.id) && !item.key.includes(o.id));
      return result((hits - wrong.length) / item.key.length, wrong.map((o) => o.misconception));
    }
    case 'classify': {
      const r = response as ResponseOf<'classify'>;
      const option = item.options.find((o) => o.id === r.status);
      const right = r.status === item.key;
      return result(right ? 1 : (option?.credit ?? 0), [right ? undefined : option?.misconception], right ? {} : { misjudged: { expected: item.key, chosen: r.status } });
    }
    case 'highlight': {
      const r = response as ResponseOf<'highlight'>;
      const { found, stray, decoysHit } = gradeHighlight(item, r.words);
      return result((found.length - stray.length) / item.targets.length, decoysHit.map((d) => d.misconception));
    }
    case 'match': {
      const r = response as ResponseOf<'match'>;
      const wrong = item.claims.filter((c) => r.pairs[c.id] !== c.party);
      return result((item.claims.length - wrong.length) / item.claims.length, wrong.map((c) => c.misconception));
    }
    case 'order': {
      const r = response as ResponseOf<'order'>;
      return result(orderScore(item.key, r.order), []);
    }
    case 'scope': {
      const r = response as ResponseOf<'scope'>;
      const wrong = item.statements.filter((s) => r.judgements[s.id] !== s.proves);
      return result((item.statements.length - wrong.length) / item.statements.length, wrong.map((s) => s.misconception));
    }
    case 'written': {
      const r = response as ResponseOf<'written'>;
      if (r.selfRating === undefined) return { ...result(0, []), pending: true };
      return result(r.selfRating / 2, []);
    }
  }
}
