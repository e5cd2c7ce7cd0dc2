import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GLOSSARY, termsIn } from './glossary';
import { loadFacts, factsIn, covers } from './lint/facts';
import { idSchema, sourceSchema } from './schema';
import path from 'node:path';

const termSchema = z.strictObject({
  id: idSchema,
  term: z.string().min(1),
  match: z.array(z.string().min(1)).min(1),
  definition: z.string().min(1).max(320),
  sources: z.array(sourceSchema).optional(),
});

describe('glossary', () => {
  it('is valid content with unique ids', () => {
    for (const t of GLOSSARY) termSchema.parse(t);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
  });
  it('carries the source of every outside fact it states', () => {
    const facts = loadFacts(path.join(__dirname)).get('paktika-airstrikes-2024') ?? [];
    for (const t of GLOSSARY) {
      for (const f of factsIn(t.definition, facts)) expect(covers(t.sources ?? [], f), `${t.id}: ${f.id}`).toBe(true);
    }
  });
  it('finds terms as whole words, acronyms in capitals only', () => {
    const ids = (s: string) => termsIn([s]).map((t) => t.id);
    expect(ids('According to AFP, the Taliban government said')).toEqual(['afghan-taliban', 'news-agency']);
    expect(ids('a map of the apple trees')).toEqual([]);
    expect(ids('over 71 Khawarij militants (TTP)')).toEqual(['khawarij', 'ttp', 'militant']);
    expect(ids('Run a Reverse Image Search')).toEqual(['reverse-image-search']);
  });
});
