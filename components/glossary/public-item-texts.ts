import type { PublicItem } from '@/lib/quiz/public';

/** Every text a student sees on an item before answering: where its glossary terms are looked for. */
export function publicItemTexts(item: PublicItem): string[] {
  const base = [item.prompt, ...item.stimulus.flatMap((s) => [s.title, s.body])];
  switch (item.type) {
    case 'single':
    case 'multiple':
      return [...base, ...item.options.map((o) => o.text)];
    case 'classify':
      return [...base, item.statement];
    case 'highlight':
      return [...base, item.words.join(' ')];
    case 'match':
      return [...base, ...item.parties.map((p) => p.name), ...item.claims.map((c) => c.text)];
    case 'order':
      return [...base, ...item.steps.map((s) => s.text)];
    case 'scope':
      return [...base, item.finding, ...item.statements.map((s) => s.text)];
    case 'written':
      return [...base, ...item.rubric.map((r) => r.label)];
    case 'two-part':
      return [...base, ...item.partA.options.map((o) => o.text), item.partB.prompt, ...item.partB.options.map((o) => o.text)];
  }
}
