// Every student-facing text of a quiz, with where it shows and which outside sources show on that same screen.
import { questionType } from '@/question-types/lookup';
import type { LintText } from '@/question-types/shared/lint';
import type { Item, Quiz, Source } from '../schema';

export type Screen = 'question' | 'feedback' | 'claim-map' | 'intro';
export interface ShownText {
  at: string; // e.g. "item source-behind-71 options.b.feedback"
  item?: string;
  screen: Screen;
  // a prompt, or the short verdict that opens feedback (length and reading level are judged on these)
  role: LintText[2];
  text: string;
  sources: Source[]; // sources shown on the same screen
}

function itemTexts(item: Item): ShownText[] {
  const question: LintText[] = [['prompt', item.prompt, 'prompt']];
  const feedback: LintText[] = [['explanation', item.explanation, 'other']];
  for (const [i, s] of (item.stimulus ?? []).entries()) {
    question.push([`stimulus.${i}.title`, s.title, 'other'], [`stimulus.${i}.body`, s.body, 'other']);
  }
  // the type's own texts (options, statements, passage, rubric...), from its lint.ts
  const own = questionType(item.type).lint.texts(item);
  question.push(...own.question);
  feedback.push(...own.feedback);
  // the stimulus stays on screen with the feedback; the item's own sources show only with the feedback
  const shownBefore = (item.stimulus ?? []).flatMap((s) => s.sources ?? []);
  const shownAfter = [...shownBefore, ...(item.sources ?? [])];
  const make = (screen: Screen, src: Source[]) => ([path, text, role]: LintText): ShownText => ({
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
