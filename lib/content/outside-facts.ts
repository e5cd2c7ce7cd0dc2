// The outside facts (content/facts/<article id>.yaml, see content/lint/facts.ts) of every content folder, read once
// per process: the quality lint of a teacher's quiz built on a shipped article checks them as for the shipped quizzes.
// A teacher's own article has none (the lint's other rules still run on its quiz).
import { loadFacts, type OutsideFact } from '@/content/lint/facts';
import { contentDirs } from './dirs';

const cache = globalThis as unknown as { claimcheckOutsideFacts?: Map<string, OutsideFact[]> };

export function outsideFacts(articleId: string): OutsideFact[] {
  if (!cache.claimcheckOutsideFacts) {
    const all = new Map<string, OutsideFact[]>();
    for (const dir of contentDirs()) for (const [id, facts] of loadFacts(dir)) all.set(id, [...(all.get(id) ?? []), ...facts]);
    cache.claimcheckOutsideFacts = all;
  }
  return cache.claimcheckOutsideFacts.get(articleId) ?? [];
}
