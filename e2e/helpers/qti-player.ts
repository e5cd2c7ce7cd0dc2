// For e2e/qti-player.spec.ts: what to enter in Cito's QTI 3 player for an answer, and the same answer as a
// Claimcheck response for the grader. Identifiers come from the exporter's own id maker, so the player is driven
// through the exported file's choices, never through author ids.
import type { Item } from '@/content/schema';
import type { Response } from '@/lib/quiz/responses';
import { idMaker } from '@/lib/export/ids';
import { passageRuns } from '@/question-types/highlight/export';

export type Action = { click: string } | { order: string[] } | { type: string };
export interface AnswerCase {
  name: 'key' | 'wrong' | 'partial';
  response: Response;
  actions: Action[];
}

const choice = (id: string) => `qti-simple-choice[identifier="${id}"]`;
const pair = (a: string, b: string) => `input[value="${a} ${b}"]`;

export function answerCases(item: Item): AnswerCase[] {
  const ids = idMaker(item.id);
  switch (item.type) {
    case 'single': {
      const wrong = item.options.find((o) => o.id !== item.key)!.id;
      return [
        { name: 'key', response: { type: 'single', choice: item.key }, actions: [{ click: choice(ids('choice', item.key)) }] },
        { name: 'wrong', response: { type: 'single', choice: wrong }, actions: [{ click: choice(ids('choice', wrong)) }] },
      ];
    }
    case 'multiple': {
      const clicks = (list: string[]) => list.map((id) => ({ click: choice(ids('choice', id)) }));
      const wrong = item.options.filter((o) => !item.key.includes(o.id)).map((o) => o.id);
      const partial = [item.key[0]!];
      return [
        { name: 'key', response: { type: 'multiple', choices: item.key }, actions: clicks(item.key) },
        { name: 'wrong', response: { type: 'multiple', choices: wrong }, actions: clicks(wrong) },
        { name: 'partial', response: { type: 'multiple', choices: partial }, actions: clicks(partial) },
      ];
    }
    case 'classify': {
      const wrong = item.options.find((o) => o.id !== item.key)!.id;
      return [
        { name: 'key', response: { type: 'classify', status: item.key }, actions: [{ click: choice(ids('status', item.key)) }] },
        { name: 'wrong', response: { type: 'classify', status: wrong }, actions: [{ click: choice(ids('status', wrong)) }] },
      ];
    }
    case 'highlight': {
      let at = 0;
      const runs = passageRuns(item).map((r) => {
        const words = r.text.split(' ').map((_, i) => at + i);
        at += words.length;
        return { ...r, words, selector: `qti-hottext[identifier="${ids(r.role === 'word' ? 'word' : 'hot', `${r.role}:${r.authorId}`)}"]` };
      });
      const pick = (list: typeof runs): Pick<AnswerCase, 'response' | 'actions'> => ({
        response: { type: 'highlight', words: list.flatMap((r) => r.words) },
        actions: list.map((r) => ({ click: r.selector })),
      });
      const targets = runs.filter((r) => r.role === 'target');
      const wrong = runs.filter((r) => r.role === 'decoy').slice(0, 1);
      // a stray word that stands alone (its neighbours are not chosen), so both graders count it once
      const other = runs.find((r) => r.role === 'word')!;
      return [
        { name: 'key', ...pick(targets) },
        { name: 'wrong', ...pick(wrong.length ? wrong : [other]) },
        { name: 'partial', ...pick([...targets.slice(0, Math.max(1, targets.length - 1)), other]) },
      ];
    }
    case 'match': {
      const parties = item.parties.map((p) => p.id);
      const wrongParty = (right: string) => parties.find((p) => p !== right)!;
      const pick = (rightFirst: number): Pick<AnswerCase, 'response' | 'actions'> => {
        const pairs = Object.fromEntries(item.claims.map((c, i) => [c.id, i < rightFirst ? c.party : wrongParty(c.party)]));
        return {
          response: { type: 'match', pairs },
          actions: Object.entries(pairs).map(([c, p]) => ({ click: pair(ids('claim', c), ids('party', p)) })),
        };
      };
      return [
        { name: 'key', ...pick(item.claims.length) },
        { name: 'wrong', ...pick(0) },
        { name: 'partial', ...pick(1) },
      ];
    }
    case 'scope': {
      const pick = (rightFirst: number): Pick<AnswerCase, 'response' | 'actions'> => {
        const judgements = Object.fromEntries(item.statements.map((s, i) => [s.id, i < rightFirst ? s.proves : !s.proves]));
        return {
          response: { type: 'scope', judgements },
          actions: Object.entries(judgements).map(([s, p]) => ({ click: pair(ids('statement', s), ids('verdict', String(p))) })),
        };
      };
      return [
        { name: 'key', ...pick(item.statements.length) },
        { name: 'wrong', ...pick(0) },
        { name: 'partial', ...pick(1) },
      ];
    }
    case 'order': {
      const swapped = [item.key[1]!, item.key[0]!, ...item.key.slice(2)];
      const reversed = [...item.key].reverse();
      const as = (order: string[]): Pick<AnswerCase, 'response' | 'actions'> => ({
        response: { type: 'order', order },
        actions: [{ order: order.map((s) => choice(ids('step', s))) }],
      });
      return [
        { name: 'key', ...as(item.key) },
        { name: 'wrong', ...as(reversed) },
        { name: 'partial', ...as(swapped) },
      ];
    }
    case 'two-part': {
      // both interactions' choices come from one id maker, so one selector names one choice in either part
      const wrongA = item.partA.options.find((o) => o.id !== item.partA.key)!.id;
      const wrongB = item.partB.options.find((o) => o.id !== item.partB.key)!.id;
      const as = (answer: string, reason: string): Pick<AnswerCase, 'response' | 'actions'> => ({
        response: { type: 'two-part', answer, reason },
        actions: [{ click: choice(ids('choice', answer)) }, { click: choice(ids('choice', reason)) }],
      });
      return [
        { name: 'key', ...as(item.partA.key, item.partB.key) },
        // a right reason for a wrong answer earns nothing (the rule in question-types/two-part/public.ts)
        { name: 'wrong', ...as(wrongA, item.partB.key) },
        { name: 'partial', ...as(item.partA.key, wrongB) },
      ];
    }
    case 'written':
      return [{ name: 'key', response: { type: 'written', text: item.modelAnswer, selfRating: 2 }, actions: [{ type: item.modelAnswer }] }];
  }
}
