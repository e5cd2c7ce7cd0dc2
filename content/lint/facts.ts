// Outside facts: anything a quiz says that the article does not. Each is listed once per article in
// content/facts/<article id>.yaml with the words that give it away and its sources; wherever one of those words
// shows, a source for that fact must show on the same screen.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { idSchema, sourceSchema, type Source } from '../schema';

export const outsideFactSchema = z.strictObject({
  id: idSchema,
  fact: z.string().min(1),
  // regular expressions (case-sensitive, so "AP" is not "map") for words that only this outside fact explains
  cues: z.array(z.string().min(1)).min(1),
  sources: z.array(sourceSchema).min(1),
});
export const factsFileSchema = z.strictObject({ article: idSchema, facts: z.array(outsideFactSchema) });
export type OutsideFact = z.infer<typeof outsideFactSchema>;

export function loadFacts(root: string): Map<string, OutsideFact[]> {
  const dir = path.join(root, 'facts');
  const out = new Map<string, OutsideFact[]>();
  if (!fs.existsSync(dir)) return out;
  for (const f of fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const parsed = factsFileSchema.parse(YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    out.set(parsed.article, [...(out.get(parsed.article) ?? []), ...parsed.facts]);
  }
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A source shown covers a fact when it names one of the fact's outlets. */
export function covers(shown: Source[], fact: OutsideFact): boolean {
  const wanted = fact.sources.flatMap((s) => s.outlet.split(/;|,|\bvia\b|\band\b/).map(norm)).filter((w) => w.length > 1);
  return shown.some((s) => {
    const have = ` ${norm(s.outlet)} `;
    return wanted.some((w) => have.includes(` ${w} `));
  });
}

export function factsIn(text: string, facts: OutsideFact[]): OutsideFact[] {
  return facts.filter((f) => f.cues.some((c) => new RegExp(c).test(text)));
}
