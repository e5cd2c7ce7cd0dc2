// Every student-facing text of a quiz, with where it shows and which outside sources show on that same screen.
import type { Item, Quiz, Source } from '../schema';

export type Screen = 'question' | 'feedback' | 'claim-map' | 'intro';
export interface ShownText {
  at: string; // e.g. "item source-behind-71 options.b.feedback"
  item?: string;
  screen: Screen;
  // a prompt, or the short verdict that opens feedback (length and reading level are judged on these)
  role: 'prompt' | 'verdict' | 'other';
  text: string;
  sources: Source[]; // sources shown on the same screen
}

function itemTexts(item: Item): ShownText[] {
  const question: Array<[string, string, ShownText['role']]> = [['prompt', item.prompt, 'prompt']];
  const feedback: Array<[string, string, ShownText['role']]> = [['explanation', item.explanation, 'other']];
  for (const [i, s] of (item.stimulus ?? []).entries()) {
    question.push([`stimulus.${i}.title`, s.title, 'other'], [`stimulus.${i}.body`, s.body, 'other']);
  }
  switch (item.type) {
    case 'single':
    case 'multiple':
      for (const o of item.options) {
        question.push([`options.${o.id}.text`, o.text, 'other']);
        feedback.push([`options.${o.id}.feedback`, o.feedback, 'verdict']);
      }
      break;
    case 'classify':
      question.push(['statement', item.statement, 'other']);
      for (const o of item.options) feedback.push([`options.${o.id}.feedback`, o.feedback, 'verdict']);
      break;
    case 'highlight':
      question.push(['passage', item.passage, 'other']);
      for (const t of [...item.targets, ...item.decoys]) feedback.push([`targets.${t.id}.feedback`, t.feedback, 'verdict']);
      feedback.push(['otherFeedback', item.otherFeedback, 'verdict']);
      break;
    case 'match':
      for (const p of item.parties) question.push([`parties.${p.id}`, p.name, 'other']);
      for (const c of item.claims) {
        question.push([`claims.${c.id}.text`, c.text, 'other']);
        feedback.push([`claims.${c.id}.feedback`, c.feedback, 'verdict']);
      }
      break;
    case 'order':
      for (const s of item.steps) {
        question.push([`steps.${s.id}.text`, s.text, 'other']);
        feedback.push([`steps.${s.id}.feedback`, s.feedback, 'verdict']);
      }
      break;
    case 'scope':
      question.push(['finding', item.finding, 'other']);
      for (const s of item.statements) {
        question.push([`statements.${s.id}.text`, s.text, 'other']);
        feedback.push([`statements.${s.id}.feedback`, s.feedback, 'verdict']);
      }
      break;
    case 'two-part':
      question.push(['partB.prompt', item.partB.prompt, 'prompt']);
      for (const o of [...item.partA.options, ...item.partB.options]) {
        question.push([`options.${o.id}.text`, o.text, 'other']);
        feedback.push([`options.${o.id}.feedback`, o.feedback, 'verdict']);
      }
      break;
    case 'written':
      feedback.push(['modelAnswer', item.modelAnswer, 'other']);
      for (const r of item.rubric) question.push([`rubric.${r.level}`, `${r.label}. ${r.description}`, 'other']);
      break;
  }
  // the stimulus stays on screen with the feedback; the item's own sources show only with the feedback
  const shownBefore = (item.stimulus ?? []).flatMap((s) => s.sources ?? []);
  const shownAfter = [...shownBefore, ...(item.sources ?? [])];
  const make = (screen: Screen, src: Source[]) => ([path, text, role]: [string, string, ShownText['role']]): ShownText => ({
    at: `item ${item.id} ${path}`,
    item: item.id,
    screen,
    role,
    text,
    sources: src,
  });
  return [...question.map(make('question', shownBefore)), ...feedback.map(make('feedback', shownAfter))];
}

export function shownTexts(quiz: Quiz): ShownText[] {
  const out: ShownText[] = [
    { at: 'summary', screen: 'intro', role: 'other', text: quiz.summary, sources: [] },
    ...quiz.goals.map((g, i): ShownText => ({ at: `goals.${i}`, screen: 'intro', role: 'other', text: g, sources: [] })),
  ];
  for (const section of quiz.sections) {
    if (section.intro) out.push({ at: `section ${section.id} intro`, screen: 'intro', role: 'other', text: section.intro, sources: [] });
    for (const item of section.items) out.push(...itemTexts(item));
  }
  quiz.claimMap.forEach((party, p) =>
    party.claims.forEach((c, i) => {
      const sources = c.sources ?? [];
      out.push(
        { at: `claimMap.${p}.claims.${i}.text`, screen: 'claim-map', role: 'other', text: c.text, sources },
        { at: `claimMap.${p}.claims.${i}.settle`, screen: 'claim-map', role: 'other', text: c.settle, sources },
      );
    }),
  );
  return out;
}
