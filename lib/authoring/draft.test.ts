import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, quizSchema, type Item, type ItemOf } from '@/content/schema';
import { validateArticle, validateQuiz } from '@/content/validate';
import { annotateArticle } from './annotate';
import { acceptSuggestions, draftItems, DRAFTERS, type AnnotatedArticle, type DraftItem, type Drafter } from './draft';
import { TO_WRITE } from './feedback';
import { loadLexicon } from './lexicon-file';
import { pastedArticle } from './paste';
import { splitArticle } from './sentences';
import { toArticle, toQuiz } from './to-content';

const lexicon = loadLexicon();
function annotated(file: string): AnnotatedArticle {
  const pasted = pastedArticle(fs.readFileSync(file, 'utf8'));
  if (!pasted.ok) throw new Error(pasted.message.key);
  const blocks = splitArticle(pasted.blocks);
  return acceptSuggestions(blocks, annotateArticle(blocks, lexicon));
}
function checked(input: AnnotatedArticle, drafts: DraftItem[]) {
  const article = articleSchema.parse(toArticle({ id: 'drafted-article', title: 'A drafted article', outlet: 'Test outlet', dateline: 'TEST' }, input.blocks, input.sentences));
  const quiz = quizSchema.parse(toQuiz({ id: 'drafted-quiz', title: 'Drafted', summary: 'Drafted from annotations.', minutes: 30 }, article.id, drafts));
  return [...validateArticle(article, 'article'), ...validateQuiz(quiz, article, 'quiz')];
}
const of = <T extends Item['type']>(drafts: DraftItem[], id: string) => drafts.find((d) => d.item.id === id)?.item as ItemOf<T> | undefined;

const HARBOUR = path.join(__dirname, 'fixtures', 'harbour-flood.txt');
const PAKTIKA = path.join(__dirname, '..', '..', 'content', 'articles', 'paktika-airstrikes-2024.yaml');

let harbour: AnnotatedArticle;
let drafts: DraftItem[];
beforeAll(() => {
  harbour = annotated(HARBOUR);
  drafts = draftItems(harbour);
});

describe('drafted items', () => {
  it('pass the quiz schema and the content check, at least 10 items of at least 4 kinds', () => {
    expect(checked(harbour, drafts)).toEqual([]);
    expect(drafts.length).toBeGreaterThanOrEqual(10);
    expect(new Set(drafts.map((d) => d.kind)).size).toBeGreaterThanOrEqual(4);
  });

  it('do so for a second article too (the Paktika report, as its sentences stand in content/)', () => {
    const text = fs.readFileSync(PAKTIKA, 'utf8');
    const sentences = [...text.matchAll(/^\s+text: "(.*)"$/gm)].map((m) => m[1]!.replace(/\\"/g, '"'));
    const blocks = splitArticle(sentences.map((s) => ({ kind: 'paragraph' as const, text: s })));
    const input = acceptSuggestions(blocks, annotateArticle(blocks, lexicon));
    const paktika = draftItems(input);
    expect(checked(input, paktika)).toEqual([]);
    expect(new Set(paktika.map((d) => d.kind))).toEqual(new Set(['classify', 'source', 'highlight', 'scope', 'compare']));
  });

  it('classify: the teacher’s status is the key, every status has feedback, and traps carry their misconception', () => {
    const item = of<'classify'>(drafts, 'classify-p3-s2')!;
    expect(item.key).toBe('disputed');
    expect(item.options.map((o) => o.id)).toEqual(['verified', 'claim', 'disputed', 'opinion']);
    // reported through the Harbour Gazette: calling it verified is trusting the agency; calling a dispute opinion is "nobody can know"
    expect(item.options.find((o) => o.id === 'verified')?.misconception).toBe('agency-vouches');
    expect(item.options.find((o) => o.id === 'opinion')?.misconception).toBe('both-sides-unknowable');
    expect(item.explanation).toContain(TO_WRITE);
  });

  it('follows the teacher, not the assistant: a changed status changes the key, and a non-claim gets no item', () => {
    const edited: AnnotatedArticle = {
      ...harbour,
      sentences: harbour.sentences.map((s) => (s.id === 'p2-s1' ? { ...s, status: 'verified' as const } : s.id === 'p5-s1' ? { ...s, claim: false } : s)),
    };
    const again = draftItems(edited);
    expect(of<'classify'>(again, 'classify-p2-s1')?.key).toBe('verified');
    expect(again.some((d) => d.item.sentences.includes('p5-s1'))).toBe(false);
  });

  it('who is the source: the key is the sentence’s party, distractors are the article’s other parties', () => {
    const item = of<'single'>(drafts, 'source-p2-s3')!; // a quotation whose speaker is named in the sentence before
    const key = item.options.find((o) => o.id === item.key)!;
    expect(key.text).toBe('Riverland Water Authority');
    expect(item.options.map((o) => o.text).sort()).toEqual(['Dr. J. K. Lind', 'Fisherfolk Union', 'Harbour Gazette', 'Riverland Water Authority']);
    expect(item.options.find((o) => o.text === 'Harbour Gazette')?.misconception).toBe('agency-vouches');
    const keys = drafts.filter((d) => d.item.type === 'single').map((d) => (d.item as ItemOf<'single'>).key);
    expect(new Set(keys).size).toBeGreaterThan(1); // the right letter moves
  });

  it('highlight: targets are the detected speaker phrases, hedges, side-taking verbs and judging words; numbers are decoys', () => {
    const item = of<'highlight'>(drafts, 'highlight-p4-s1')!;
    expect(item.targets.map((t) => [t.text, t.kind])).toEqual([
      ['Water authority director Mira Solberg', 'attribution'],
      ["The union's leader", 'attribution'],
      ['reckless', 'judgement'],
      ['shameful', 'judgement'],
    ]);
    expect(item.decoys).toMatchObject([{ text: 'only 40', misconception: 'precise-number' }]);
  });

  it('scope: a finding that one party rejects another’s account proves the disagreement, not who is right', () => {
    const item = of<'scope'>(drafts, 'scope-p4-s1')!;
    expect(item.sentences).toEqual(['p3-s2', 'p4-s1']);
    expect(item.statements.filter((s) => s.proves).length).toBe(2);
    expect(item.statements.map((s) => s.misconception).filter(Boolean)).toEqual(['debunk-true', 'official-source', 'both-sides-unknowable']);
  });

  it('compare: two figures from two parties, with the precise-number, official-source and both-sides traps', () => {
    const compare = drafts.filter((d) => d.kind === 'compare');
    expect(compare.length).toBeGreaterThan(0);
    const item = compare[0]!.item as ItemOf<'single'>;
    expect(item.sentences).toEqual(['p3-s2', 'p4-s1']);
    expect(item.prompt).toContain('“2,400 people”');
    expect(compare[0]!.misconceptions).toEqual(['precise-number', 'official-source', 'both-sides-unknowable']);
    const key = item.options.find((o) => o.id === item.key)!;
    expect(Math.max(...item.options.map((o) => o.text.length))).toBeGreaterThan(key.text.length); // the key is not the longest
  });

  it('takes more drafters: the two-part type plugs in beside the others', () => {
    const twoPart: Drafter = {
      kind: 'two-part',
      draft: ({ rows }) => [{ kind: 'two-part', misconceptions: [], item: { ...of<'single'>(drafts, 'source-p2-s3')!, id: `two-part-${rows[0]!.id}` } }],
    };
    const more = draftItems(harbour, [...DRAFTERS, twoPart]);
    expect(more.at(-1)?.item.id).toBe('two-part-p1-s1');
    expect(more.length).toBe(drafts.length + 1);
  });
});
