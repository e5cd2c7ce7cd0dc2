// Feedback for one answered item: released only once that item's feedback is due.
import type { Item, Source, Status } from '@/content/schema';
import { gradeHighlight, gradeItem, type Grade } from './grade';
import type { Response } from './responses';

interface Common {
  itemId: string;
  grade: Grade;
  explanation: string;
  sentences: string[];
  sources: Source[];
}
export interface ChoiceFeedback {
  id: string;
  feedback: string;
  isKey: boolean;
  chosen: boolean;
  credit?: number; // a defensible alternative: its share of the point
}
export type ItemFeedback = Common &
  (
    | { type: 'single'; options: ChoiceFeedback[] }
    | { type: 'multiple'; options: ChoiceFeedback[] }
    | { type: 'classify'; key: Status; options: Array<ChoiceFeedback & { id: Status }> }
    | {
        type: 'highlight';
        targets: Array<{ id: string; text: string; kind: 'attribution' | 'judgement'; feedback: string; found: boolean }>;
        decoys: Array<{ id: string; text: string; feedback: string }>;
        strayWords: string[];
        selected: number[];
        otherFeedback: string | null;
      }
    | { type: 'match'; claims: Array<{ id: string; party: string; chosen: string | null; feedback: string }> }
    | { type: 'order'; key: string[]; order: string[]; steps: Array<{ id: string; feedback: string }> }
    | { type: 'scope'; statements: Array<{ id: string; proves: boolean; chosen: boolean | null; feedback: string }> }
    | {
        type: 'written';
        modelAnswer: string;
        rubric: Array<{ level: number; label: string; description: string }>;
        text: string;
        selfRating: number | null;
      }
  );

export function itemFeedback(item: Item, response: Response): ItemFeedback {
  const grade = gradeItem(item, response);
  const common: Common = {
    itemId: item.id,
    grade,
    explanation: item.explanation,
    sentences: item.sentences,
    sources: item.sources ?? [],
  };
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const keys: string[] = item.type === 'single' ? [item.key] : item.key;
      const chosen =
        response.type === 'single' ? [response.choice] : response.type === 'multiple' ? response.choices : [];
      const options = item.options.map((o) => ({ id: o.id, feedback: o.feedback, isKey: keys.includes(o.id), chosen: chosen.includes(o.id), ...('credit' in o && o.credit ? { credit: o.credit } : {}) }));
      return item.type === 'single' ? { ...common, type: 'single', options } : { ...common, type: 'multiple', options };
    }
    case 'classify': {
      const chosen = response.type === 'classify' ? response.status : null;
      return {
        ...common,
        type: 'classify',
        key: item.key,
        options: item.options.map((o) => ({ id: o.id, feedback: o.feedback, isKey: o.id === item.key, chosen: o.id === chosen, ...(o.credit ? { credit: o.credit } : {}) })),
      };
    }
    case 'highlight': {
      const words = response.type === 'highlight' ? response.words : [];
      const { found, stray, decoysHit } = gradeHighlight(item, words);
      const passageWords = item.passage.split(/\s+/);
      return {
        ...common,
        type: 'highlight',
        targets: item.targets.map((t) => ({ id: t.id, text: t.text, kind: t.kind, feedback: t.feedback, found: found.includes(t) })),
        decoys: decoysHit.map((d) => ({ id: d.id, text: d.text, feedback: d.feedback })),
        strayWords: stray.map((run) => run.map((w) => passageWords[w] ?? '').join(' ')),
        otherFeedback: stray.length > decoysHit.length ? item.otherFeedback : null,
        selected: [...words].sort((a, b) => a - b),
      };
    }
    case 'match': {
      const pairs = response.type === 'match' ? response.pairs : {};
      return {
        ...common,
        type: 'match',
        claims: item.claims.map((c) => ({ id: c.id, party: c.party, chosen: pairs[c.id] ?? null, feedback: c.feedback })),
      };
    }
    case 'order':
      return { ...common, type: 'order', key: item.key, order: response.type === 'order' ? response.order : [], steps: item.steps.map((s) => ({ id: s.id, feedback: s.feedback })) };
    case 'scope': {
      const judgements = response.type === 'scope' ? response.judgements : {};
      return {
        ...common,
        type: 'scope',
        statements: item.statements.map((s) => ({ id: s.id, proves: s.proves, chosen: judgements[s.id] ?? null, feedback: s.feedback })),
      };
    }
    case 'written':
      return {
        ...common,
        type: 'written',
        modelAnswer: item.modelAnswer,
        rubric: item.rubric,
        text: response.type === 'written' ? response.text : '',
        selfRating: response.type === 'written' ? (response.selfRating ?? null) : null,
      };
  }
}
