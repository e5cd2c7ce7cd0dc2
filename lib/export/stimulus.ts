// What travels with an item in every format: its own stimuli (with the on-screen labels, so a practice simulation is
// still called one in the LMS), the article sentences it is about, and the outside sources of its feedback.
import type { Article, Item, Source, Stimulus } from '@/content/schema';

export const STIMULUS_LABELS: Record<Stimulus['kind'], string> = {
  'image-description': 'Illustration for practice: a described image, not a real photo',
  simulation: 'Practice simulation: not real search results',
  'outside-fact': 'Outside fact, from other reporting',
  quote: 'Quote',
};

export const sourceText = (sources: Source[]) =>
  sources.map((s) => [s.outlet, s.date, s.note].filter(Boolean).join(', ')).join('; ');

export interface StimulusText {
  label: string;
  title: string;
  paragraphs: string[];
  source?: string;
}

export function itemStimuli(item: Item): StimulusText[] {
  return (item.stimulus ?? []).map((s) => ({
    label: STIMULUS_LABELS[s.kind],
    title: s.title,
    paragraphs: s.body.split(/\n{2,}/).map((p) => p.trim()),
    source: s.sources?.length ? `Source: ${sourceText(s.sources)}` : undefined,
  }));
}

/** The article sentences an item is about, in article order, as quoted text. */
export function itemSentences(item: Item, article: Article | undefined): Array<{ id: string; text: string }> {
  if (!article) return [];
  const wanted = new Set(item.sentences);
  return article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences.filter((s) => wanted.has(s.id)) : []));
}

/** The explanation, then feedback on each part, then the sources of outside facts: the item's general feedback. */
export function generalFeedback(item: Item, partFeedback: string[]): string[] {
  return [
    item.explanation,
    ...partFeedback,
    ...(item.sources?.length ? [`Sources of outside facts: ${sourceText(item.sources)}`] : []),
  ];
}

export function articleSource(article: Article): string {
  return [article.outlet, article.dateline, article.published].filter(Boolean).join(', ');
}
