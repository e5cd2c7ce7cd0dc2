import { describe, expect, it } from 'vitest';
import { compileLexicon, wordPattern } from './lexicon';
import { loadLexicon, parseLexicon } from './lexicon-file';

describe('the lexicon file', () => {
  it('content/authoring/lexicon.yaml is valid', () => {
    expect(loadLexicon().labels.length).toBeGreaterThan(5);
  });

  it('names the field of every problem', () => {
    const bad = parseLexicon('labels:\n  - { word: brutal }\nreportingVerbs: []\n', 'lexicon.yaml');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual([
      expect.stringMatching(/^lexicon\.yaml: labels\.0\.note: /),
      expect.stringMatching(/^lexicon\.yaml: reportingVerbs: /),
    ]);
    expect(parseLexicon('labels: [').ok).toBe(false);
  });
});

describe('wordPattern', () => {
  it('matches whole words, any case, a trailing * as any ending, spaces in phrases as any space', () => {
    const re = wordPattern(['terror*', 'far from over', 'will']);
    const found = (t: string) => [...t.matchAll(re)].map((m) => m[0]);
    expect(found('Terrorists and terror; willing? Will. It is far  from over.')).toEqual(['Terrorists', 'terror', 'Will', 'far  from over']);
  });

  it('finds the note of a word', () => {
    const lex = compileLexicon(loadLexicon());
    expect(lex.note('Surgical')).toMatch(/precise/);
    expect(lex.note('terrorists')).toMatch(/label/);
    expect(lex.note('table')).toBeUndefined();
  });
});
