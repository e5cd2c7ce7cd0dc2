// Reads and validates the lexicon file (server side and scripts: the editor page passes the parsed lexicon down).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { lexiconSchema, type Lexicon } from './lexicon';

export const LEXICON_FILE = path.join(process.cwd(), 'content', 'authoring', 'lexicon.yaml');

export type LexiconLoad = { ok: true; lexicon: Lexicon } | { ok: false; problems: string[] };

export function parseLexicon(source: string, file = 'content/authoring/lexicon.yaml'): LexiconLoad {
  let raw: unknown;
  try {
    raw = YAML.parse(source);
  } catch (error) {
    return { ok: false, problems: [`${file}: cannot be parsed: ${(error as Error).message}`] };
  }
  const result = lexiconSchema.safeParse(raw);
  if (result.success) return { ok: true, lexicon: result.data };
  return { ok: false, problems: result.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`) };
}

// the lexicon file is read at run time only (the editor routes); the ignore keeps Turbopack from tracing the whole project
export function loadLexicon(file = LEXICON_FILE): Lexicon {
  const loaded = parseLexicon(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8'), path.relative(process.cwd(), file));
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  return loaded.lexicon;
}
