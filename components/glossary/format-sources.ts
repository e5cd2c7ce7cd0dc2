import type { Source } from '@/content/schema';

/** "AFP, December 2024; Dawn, 26 December 2024": outlet, date and note of each source, as shown to students. */
export function formatSources(sources: readonly Source[]): string {
  return sources.map((s) => [s.outlet, s.date, s.note].filter(Boolean).join(', ')).join('; ');
}
