import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateArticle, type ArticleAnnotation, type SentenceAnnotation } from './annotate';
import { loadLexicon } from './lexicon-file';
import { say } from './messages';
import { pastedArticle } from './paste';
import { splitArticle } from './sentences';
import { englishT } from './test-t';

// A fictional article written for these tests, with its own parties and figures: the rules are not tuned to it.
const FIXTURE = path.join(__dirname, 'fixtures', 'harbour-flood.txt');

let result: ArticleAnnotation;
const s = (id: string): SentenceAnnotation => {
  const found = result.sentences.find((x) => x.id === id);
  if (!found) throw new Error(`no sentence ${id}`);
  return found;
};
// a suggestion as the editor shows it to an English reader
const english = englishT('authoring');
const worded = (a: SentenceAnnotation | undefined) => a && { status: a.suggestion.status, reason: say(english, a.suggestion.reason) };
const partyName = (id: string) => result.parties.find((p) => p.id === s(id).party)?.name;

beforeAll(() => {
  const pasted = pastedArticle(fs.readFileSync(FIXTURE, 'utf8'));
  if (!pasted.ok) throw new Error(pasted.message.key);
  result = annotateArticle(splitArticle(pasted.blocks), loadLexicon());
});

describe('who is speaking', () => {
  it('finds the speaker before a reporting verb, and none in the writer’s own voice', () => {
    expect(s('p2-s1').speaker?.phrase).toBe('The Riverland Water Authority');
    expect(s('p2-s1').speaker?.verb.text).toBe('said');
    expect(s('p1-s1').speaker).toBeUndefined();
    expect(s('p1-s1').party).toBe('writer');
  });

  it('finds the speaker after a quotation and carries it to the quotation that follows', () => {
    expect(s('p2-s2').speaker?.phrase).toBe('a Riverland Water Authority engineer');
    expect(s('p2-s3').speaker).toBeUndefined();
    expect(s('p2-s3').inheritedFrom).toBe('p2-s2');
    expect(s('p2-s3').party).toBe(s('p2-s1').party);
  });

  it('reads reported speech: “According to the Gazette, the union claimed” is the union, via the Gazette', () => {
    expect(s('p3-s2').speaker?.phrase).toBe('the union');
    expect(s('p3-s2').speaker?.via?.text).toBe('the Harbour Gazette');
    expect(partyName('p3-s2')).toBe('Fisherfolk Union');
    expect(result.parties.find((p) => p.name === 'Harbour Gazette')?.role).toBe('reporter');
  });

  it('skips an apposition and resolves “he” to the party last speaking', () => {
    expect(s('p4-s2').speaker?.phrase).toBe("The union's leader");
    expect(s('p4-s3').speaker?.phrase).toBe('he');
    expect(partyName('p4-s3')).toBe('Fisherfolk Union');
  });

  it('builds the parties list from the attributions, one party per side', () => {
    expect(result.parties.map((p) => [p.name, p.role])).toEqual([
      ['Riverland Water Authority', 'speaker'],
      ['Fisherfolk Union', 'speaker'],
      ['Harbour Gazette', 'reporter'],
      ['Dr. J. K. Lind', 'speaker'],
      ['The writer (no source named)', 'writer'],
    ]);
    expect(result.parties[0]?.phrases).toContain('Water authority director Mira Solberg');
  });
});

describe('hedges, numbers, names and judging words', () => {
  it('finds hedges and numbers with their qualifier and what they count', () => {
    expect(s('p1-s1').hedges.map((h) => h.text)).toEqual(['reportedly']);
    expect(s('p1-s1').numbers).toMatchObject([{ text: 'over 300', qualifier: 'over', counted: 'homes', year: false }]);
    expect(s('p4-s1').numbers).toMatchObject([{ text: 'only 40', counted: 'boats' }]);
    expect(s('p3-s2').numbers[0]?.text).toBe('2,400');
    expect(s('p5-s1').numbers[0]?.text).toBe('3.5');
  });

  it('finds people and organisations, not words capitalised for starting a sentence', () => {
    expect(s('p5-s1').names.map((n) => [n.text, n.kind])).toEqual([
      ['Dr. J. K. Lind', 'person'],
      ['Vella University', 'organisation'],
    ]);
    expect(s('p4-s1').names.find((n) => n.text === 'Mira Solberg')?.kind).toBe('person');
    expect(s('p3-s1').names.map((n) => n.text)).toEqual(['Fisherfolk Union']);
    expect(s('p1-s1').names.map((n) => n.text)).not.toContain('Floodwater');
  });

  it('finds judging words from the lexicon with the note that says why', () => {
    expect(s('p4-s2').labels.map((l) => l.text)).toEqual(['reckless', 'shameful']);
    expect(s('p4-s2').labels[0]?.note).toMatch(/verdict/);
  });
});

describe('suggested status with a reason', () => {
  it('a one-party statement nobody contradicts is a claim, said so in words', () => {
    expect(s('p2-s1').suggestion.reason[0]).toEqual({ key: 'reason.attributed', values: { name: 'Riverland Water Authority' } });
    expect(worded(s('p2-s1'))).toEqual({ status: 'claim', reason: expect.stringContaining('Attributed to one party (Riverland Water Authority), not confirmed by another') });
    expect(s('p5-s1').suggestion.status).toBe('claim');
  });

  it('an unsourced, hedged statement is a claim whose reason names the hedge', () => {
    expect(worded(s('p1-s1'))).toEqual({ status: 'claim', reason: expect.stringContaining('“reportedly”') });
  });

  it('a statement another party contradicts is disputed, in either sentence', () => {
    expect(s('p3-s1').suggestion.status).toBe('disputed'); // "a charge denied by the authority"
    expect(s('p4-s1').suggestion.status).toBe('disputed'); // the authority rejects the union's figures
    expect(worded(s('p3-s2'))).toEqual({ status: 'disputed', reason: expect.stringContaining('(p4-s1)') });
  });

  it('judging words and vows make an opinion', () => {
    expect(s('p4-s2').suggestion.status).toBe('opinion');
    expect(worded(s('p4-s3'))).toEqual({ status: 'opinion', reason: expect.stringContaining('“will”') });
  });
});

describe('disputes spread to what they are about', () => {
  it('a sentence on the topic another party dismissed is disputed, with the sentence that disputes it', () => {
    const blocks = splitArticle([
      { kind: 'paragraph', text: 'Port officials dismissed reports from local fishermen claiming oil spills near the harbour.' },
      { kind: 'paragraph', text: 'The new pipeline has caused no oil spills since it opened.' },
      { kind: 'paragraph', text: 'The pipeline opened in May.' },
    ]);
    const r = annotateArticle(blocks, loadLexicon());
    expect(r.sentences[0]?.contradicts).toMatchObject({ target: 'local fishermen', topic: ['oil', 'spill', 'harbour'] });
    expect(worded(r.sentences[1])).toEqual({ status: 'disputed', reason: expect.stringContaining('(p1-s1)') });
    expect(r.sentences[2]?.suggestion.status).toBe('claim');
  });
});
