// The claim assistant's word lists, kept in content/authoring/lexicon.yaml so authors can edit them. The schema is
// here (not in content/schema.ts) because only the authoring tools read the lexicon.
import { z } from 'zod';

const word = z.string().trim().min(1, 'must not be empty').max(60);
const noted = z.strictObject({ word, note: z.string().trim().min(1, 'say why the word matters') });

export const lexiconSchema = z.strictObject({
  labels: z.array(noted).min(1),
  charged: z.array(noted).default([]),
  hedges: z.array(word).default([]),
  reportingVerbs: z.array(word).min(1),
  sideTakingVerbs: z.array(word).default([]),
  contradictingVerbs: z.array(word).default([]),
  forecasts: z.array(word).default([]),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive whole-word pattern for a list; a trailing "*" allows any ending. */
export function wordPattern(words: string[]): RegExp {
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w.endsWith('*') ? `${escape(w.slice(0, -1))}[\\p{L}’'-]*` : escape(w)).replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export interface CompiledLexicon {
  source: Lexicon;
  labels: RegExp;
  charged: RegExp;
  hedges: RegExp;
  reporting: RegExp;
  sideTaking: Set<string>;
  contradicting: Set<string>;
  forecasts: RegExp;
  note: (found: string) => string | undefined;
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const notes = [...lexicon.labels, ...lexicon.charged];
  return {
    source: lexicon,
    labels: wordPattern(lexicon.labels.map((w) => w.word)),
    charged: wordPattern(lexicon.charged.map((w) => w.word)),
    hedges: wordPattern(lexicon.hedges),
    reporting: wordPattern(lexicon.reportingVerbs),
    sideTaking: lower(lexicon.sideTakingVerbs),
    contradicting: lower(lexicon.contradictingVerbs),
    forecasts: wordPattern(lexicon.forecasts),
    note(found) {
      const f = found.toLowerCase();
      return notes.find((n) => {
        const w = n.word.toLowerCase();
        return w.endsWith('*') ? f.startsWith(w.slice(0, -1)) : f === w;
      })?.note;
    },
  };
}
