// A student's own classify answers: what they called each statement against what it is, for the four status words,
// and the finding in words ("You called 2 claims verified").
import { STATUSES, type Quiz, type Status } from '@/content/schema';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';
import { parseStoredResponse } from '../graded';
import { quizItems } from '../questions';
import { count, type MatrixData } from './types';

export interface StatusPair {
  expected: Status;
  chosen: Status;
}

/** The student's classify answers as (what it is, what they said), in quiz order; other types and unknown items left out. */
export function statusPairs(quiz: Quiz, answers: ReadonlyArray<{ itemId: string; response: unknown }>): StatusPair[] {
  const byItem = new Map(answers.map((a) => [a.itemId, a.response]));
  return quizItems(quiz).flatMap(({ item }) => {
    // parsed as the routes parse it: a stored row is not trusted to be well-formed
    const r = item.type === 'classify' && byItem.has(item.id) ? parseStoredResponse(item, byItem.get(item.id)) : null;
    return item.type === 'classify' && r?.type === 'classify' ? [{ expected: item.key, chosen: r.status }] : [];
  });
}

const an = (s: Status) => (/^[aeiou]/i.test(STATUS_LABELS[s].label) ? 'an' : 'a');
const word = (s: Status) => `“${STATUS_LABELS[s].label.toLowerCase()}”`;

export function statusMatrix(pairs: readonly StatusPair[]): MatrixData {
  const counts = STATUSES.map((expected) => STATUSES.map((chosen) => pairs.filter((p) => p.expected === expected && p.chosen === chosen).length));
  const mistakes = STATUSES.flatMap((expected, r) =>
    STATUSES.map((chosen, c) => ({ expected, chosen, n: counts[r]?.[c] ?? 0, r, c })).filter((m) => m.expected !== m.chosen && m.n > 0),
  ).sort((a, b) => b.n - a.n || a.r - b.r || a.c - b.c);
  const right = pairs.filter((p) => p.expected === p.chosen).length;
  let summary: string;
  if (pairs.length === 0) summary = 'You have not classified any statements yet.';
  else if (mistakes.length === 0) summary = `You classified ${pairs.length === 1 ? 'the one statement' : `all ${pairs.length} statements`} the way a careful fact-checker would.`;
  else {
    const said = mistakes.slice(0, 3).map((m) => `${an(m.expected)} ${word(m.expected)} called ${word(m.chosen)} ${count(m.n, 'time', 'times')}`);
    summary = `${right} of ${pairs.length} right. Where you went wrong: ${said.join('; ')}.`;
  }
  return {
    rowTitle: 'What it is',
    colTitle: 'What you said',
    rows: STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s].label })),
    cols: STATUSES.map((s) => ({ id: s, label: STATUS_LABELS[s].label })),
    counts,
    tones: STATUSES.map((_, r) => STATUSES.map((__, c) => (r === c ? 'key' : 'wrong'))),
    marked: mistakes.slice(0, 1).map((m) => ({ row: m.r, col: m.c, label: 'Most often' })),
    summary,
  };
}
