// "What does it prove" in the item-quality gate: each statement is judged on its own (proves / does not prove), so
// chance is a half and the constant answer and surface rules count statements; a test-wise student takes overreach to
// sound absolute ("does not prove" when absolute or exact, "proves" when hedged or short).
import { hasAbsolute, hasHedge, hasNumber } from '@/content/lint/surface';
import type { TypeLint } from '../shared/lint';
import { taggedOf, type LintText } from '../shared/lint';
import type { ScopeItem, ScopeResponse } from './schema';

const judge = (text: string) => !(hasAbsolute(text) || hasNumber(text)) && (hasHedge(text) || text.length < 80);

export const scopeLint: TypeLint<ScopeItem, ScopeResponse> = {
  texts: (item) => ({
    question: [['finding', item.finding, 'other'], ...item.statements.map((s): LintText => [`statements.${s.id}.text`, s.text, 'other'])],
    feedback: item.statements.map((s): LintText => [`statements.${s.id}.feedback`, s.feedback, 'verdict']),
  }),
  choiceGroups: () => [],
  tagged: (item) => taggedOf('statements', item.statements, (s) => (s.proves ? 'scope-underclaim' : 'scope-overclaim'), (s) => `${s.text} ${item.finding}`),
  closed: {
    chance: () => 0.5,
    testWise: (item, score) => score({ type: 'scope', judgements: Object.fromEntries(item.statements.map((s) => [s.id, judge(s.text)])) }),
  },
  judged: (item) =>
    item.statements.map((s) => ({
      text: s.text,
      scores: [
        ['proves', s.proves ? 1 : 0],
        ['does not prove', s.proves ? 0 : 1],
      ],
    })),
  problems: () => [],
};
