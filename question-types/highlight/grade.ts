// Which phrases a highlight answer found, which words strayed, which decoys it fell for.
import { findRun, passageWords, runs } from '@/lib/text/words';
import type { HighlightItem } from './schema';

/** The passage's words and, for every target and decoy, the word indexes it covers. */
export function highlightSpans(item: HighlightItem): { words: string[]; spans: Map<string, number[]> } {
  const words = passageWords(item.passage);
  const spans = new Map<string, number[]>();
  for (const t of [...item.targets, ...item.decoys]) {
    const start = findRun(words, t.text);
    const length = t.text.split(/\s+/).length;
    spans.set(t.id, start < 0 ? [] : Array.from({ length }, (_, i) => start + i));
  }
  return { words, spans };
}

export function gradeHighlight(item: HighlightItem, chosen: number[]) {
  const { spans } = highlightSpans(item);
  const selected = new Set(chosen);
  const inTarget = new Set(item.targets.flatMap((t) => spans.get(t.id) ?? []));
  const found = item.targets.filter((t) => (spans.get(t.id) ?? []).every((w) => selected.has(w)));
  const stray = runs(chosen.filter((w) => !inTarget.has(w)));
  const decoysHit = item.decoys.filter((d) => (spans.get(d.id) ?? []).some((w) => selected.has(w)));
  return { found, stray, decoysHit };
}
