import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { articleSchema } from '@/content/schema';
import { sentencesOf } from './nlp';
import { pastedArticle } from './paste';
import { allSentences, mergeWithNext, splitArticle, splitAt, type DraftBlock } from './sentences';

describe('sentencesOf (wink-nlp)', () => {
  it('keeps abbreviations, initials, decimals and times inside a sentence', () => {
    expect(sentencesOf('Dr. J. K. Lind of the U.S. Army said 3.5 million people fled at 5 p.m. on Monday. Gen. Ali disagreed.')).toEqual([
      'Dr. J. K. Lind of the U.S. Army said 3.5 million people fled at 5 p.m. on Monday.',
      'Gen. Ali disagreed.',
    ]);
  });
  it('splits every paragraph of the shipped articles into the shipped sentences (news text: quotes, names, figures)', () => {
    const dir = path.join(__dirname, '..', '..', 'content', 'articles');
    const paragraphs = fs
      .readdirSync(dir)
      .flatMap((f) => articleSchema.parse(YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8'))).blocks)
      .flatMap((b) => (b.kind === 'paragraph' ? [b.sentences.map((s) => s.text)] : []));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const sentences of paragraphs) expect(sentencesOf(sentences.join(' '))).toEqual(sentences);
  });
  it('ends a quoted sentence at its closing quote and keeps the speaker with it', () => {
    expect(sentencesOf('“We will win,” he said. “The fight is over.” Ms. Ek left.')).toEqual(['“We will win,” he said.', '“The fight is over.”', 'Ms. Ek left.']);
  });
});

describe('a pasted web page', () => {
  it('gives the shipped article’s headings and sentences, with the page’s script, style and navigation dropped', () => {
    const file = path.join(__dirname, '..', '..', 'content', 'articles', 'paktika-airstrikes-2024.yaml');
    const article = articleSchema.parse(YAML.parse(fs.readFileSync(file, 'utf8')));
    const body = article.blocks
      .map((b) => (b.kind === 'heading' ? `<h2>${b.text}</h2>` : `<p>${b.sentences.map((s) => s.text.replace(/&/g, '&amp;')).join('\n')}</p>`))
      .join('\n');
    const html = `<html><head><title>News</title><style>p{}</style></head><body><nav>Home | World</nav><article><h1>${article.title}</h1><p>${article.dateline}: ${body.slice(3)}</article><script>track()</script></body></html>`;
    const pasted = pastedArticle(html);
    if (!pasted.ok) throw new Error(pasted.message.key);
    const blocks = splitArticle(pasted.blocks);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text)).toEqual([article.title, 'Propaganda and Accuracy', 'Rising Cross-Border Tensions']);
    const shipped = article.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences.map((s) => [s.id, s.text]) : []));
    expect(allSentences(blocks).map((s) => [s.id, s.text])).toEqual(shipped);
  });
});

const draft = (): DraftBlock[] =>
  splitArticle([
    { kind: 'paragraph', text: 'One is here. Two is here. Three is here.' },
    { kind: 'heading', text: 'A heading' },
    { kind: 'paragraph', text: 'Four is here.' },
  ]);

describe('splitArticle', () => {
  it('numbers paragraphs, headings and sentences as the content format does', () => {
    expect(draft()).toEqual([
      { kind: 'paragraph', id: 'p1', sentences: [{ id: 'p1-s1', text: 'One is here.' }, { id: 'p1-s2', text: 'Two is here.' }, { id: 'p1-s3', text: 'Three is here.' }] },
      { kind: 'heading', id: 'h1', text: 'A heading' },
      { kind: 'paragraph', id: 'p2', sentences: [{ id: 'p2-s1', text: 'Four is here.' }] },
    ]);
  });
});

describe('mergeWithNext and splitAt', () => {
  it('merges a sentence with the next, renumbers its paragraph only and says which ids moved', () => {
    const before = draft();
    const result = mergeWithNext(before, 'p1-s1');
    if (!result.ok) throw new Error(result.message.key);
    expect(allSentences(result.blocks).map((s) => [s.id, s.text])).toEqual([
      ['p1-s1', 'One is here. Two is here.'],
      ['p1-s2', 'Three is here.'],
      ['p2-s1', 'Four is here.'],
    ]);
    expect(result.renamed).toEqual({ 'p1-s2': 'p1-s1', 'p1-s3': 'p1-s2' });
    expect(allSentences(before)).toHaveLength(4); // the input is not changed
  });

  it('refuses to merge the last sentence of a paragraph or an unknown id', () => {
    expect(mergeWithNext(draft(), 'p1-s3')).toEqual({ ok: false, message: { key: 'edit.lastSentence' } });
    expect(mergeWithNext(draft(), 'p9-s1')).toEqual({ ok: false, message: { key: 'edit.noSentence', values: { id: 'p9-s1' } } });
  });

  it('splits a sentence at an offset and shifts the ids after it', () => {
    const result = splitAt(draft(), 'p1-s2', 'Two'.length);
    if (!result.ok) throw new Error(result.message.key);
    expect(allSentences(result.blocks).map((s) => [s.id, s.text]).slice(0, 4)).toEqual([
      ['p1-s1', 'One is here.'],
      ['p1-s2', 'Two'],
      ['p1-s3', 'is here.'],
      ['p1-s4', 'Three is here.'],
    ]);
    expect(result.renamed).toEqual({ 'p1-s3': 'p1-s4' });
  });

  it('refuses a split with no words on one side', () => {
    expect(splitAt(draft(), 'p1-s1', 0).ok).toBe(false);
    expect(splitAt(draft(), 'p1-s1', 'One is here.'.length).ok).toBe(false);
    expect(splitAt(draft(), 'p1-s1', 'One is here'.length)).toEqual({ ok: false, message: { key: 'edit.splitBetweenWords' } });
  });

  it('merge undoes split', () => {
    const split = splitAt(draft(), 'p1-s1', 3);
    if (!split.ok) throw new Error(split.message.key);
    const merged = mergeWithNext(split.blocks, 'p1-s1');
    if (!merged.ok) throw new Error(merged.message.key);
    expect(merged.blocks).toEqual(draft());
  });
});
