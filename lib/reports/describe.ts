// Answers and keys in words, for teachers: the results pages, the CSV export and the teacher's guide.
import type { Item } from '@/content/schema';
import type { Response } from '@/lib/quiz/responses';
import { runs } from '@/lib/quiz/grade';
import { STATUS_LABELS } from '@/lib/quiz/vocabulary';

const quote = (s: string) => `“${s}”`;

/** Consecutive word indexes of the passage as quoted phrases: [3,4,9] -> ["“a b”", "“c”"]. */
function phrases(words: readonly string[], indexes: readonly number[]): string[] {
  return runs([...indexes]).map((run) => quote(run.map((i) => words[i] ?? '').join(' ')));
}

/** The student's answer as lines of plain text. */
export function describeResponse(item: Item, response: Response): string[] {
  switch (item.type) {
    case 'single': {
      if (response.type !== 'single') break;
      return [item.options.find((o) => o.id === response.choice)?.text ?? response.choice];
    }
    case 'multiple': {
      if (response.type !== 'multiple') break;
      const chosen = item.options.filter((o) => response.choices.includes(o.id));
      return chosen.length > 0 ? chosen.map((o) => o.text) : ['(nothing selected)'];
    }
    case 'classify':
      if (response.type !== 'classify') break;
      return [STATUS_LABELS[response.status].label];
    case 'highlight': {
      if (response.type !== 'highlight') break;
      const selected = phrases(item.passage.split(/\s+/), response.words);
      return selected.length > 0 ? selected : ['(nothing selected)'];
    }
    case 'match': {
      if (response.type !== 'match') break;
      return item.claims.map((c) => {
        const party = item.parties.find((p) => p.id === response.pairs[c.id]);
        return `${quote(c.text)} → ${party?.name ?? '(not matched)'}`;
      });
    }
    case 'order': {
      if (response.type !== 'order') break;
      return response.order.map((id, i) => `${i + 1}. ${item.steps.find((s) => s.id === id)?.text ?? id}`);
    }
    case 'scope': {
      if (response.type !== 'scope') break;
      return item.statements.map((s) => {
        const j = response.judgements[s.id];
        return `${quote(s.text)}: ${j === undefined ? '(not judged)' : j ? 'proves it' : 'does not prove it'}`;
      });
    }
    case 'written':
      if (response.type !== 'written') break;
      return [response.text];
  }
  return ['(an answer of another type)'];
}

/** The right answer as lines of plain text. */
export function describeKey(item: Item): string[] {
  switch (item.type) {
    case 'single':
      return [item.options.find((o) => o.id === item.key)?.text ?? item.key];
    case 'multiple':
      return item.options.filter((o) => item.key.includes(o.id)).map((o) => o.text);
    case 'classify':
      return [STATUS_LABELS[item.key].label];
    case 'highlight':
      return item.targets.map((t) => `${quote(t.text)} (${t.kind === 'attribution' ? 'attribution' : 'judging word'})`);
    case 'match':
      return item.claims.map((c) => `${quote(c.text)} → ${item.parties.find((p) => p.id === c.party)?.name ?? c.party}`);
    case 'order':
      return item.key.map((id, i) => `${i + 1}. ${item.steps.find((s) => s.id === id)?.text ?? id}`);
    case 'scope':
      return item.statements.map((s) => `${quote(s.text)}: ${s.proves ? 'proves it' : 'does not prove it'}`);
    case 'written':
      return [item.modelAnswer];
  }
}

/** A stable key for "the same answer", to count identical wrong answers. */
export function responseKey(response: Response): string {
  switch (response.type) {
    case 'single':
      return `single:${response.choice}`;
    case 'multiple':
      return `multiple:${[...response.choices].sort().join(',')}`;
    case 'classify':
      return `classify:${response.status}`;
    case 'highlight':
      return `highlight:${[...new Set(response.words)].sort((a, b) => a - b).join(',')}`;
    case 'match':
      return `match:${Object.entries(response.pairs).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}`;
    case 'order':
      return `order:${response.order.join(',')}`;
    case 'scope':
      return `scope:${Object.entries(response.judgements).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}`;
    case 'written':
      return `written:${response.text.trim().toLowerCase()}`;
  }
}
