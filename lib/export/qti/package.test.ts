// Every QTI file of every exported quiz (the shipped bank and the hostile-text fixture) against 1EdTech's own
// schemas with xmllint --nonet, the zip holding exactly those files, and the hostile text surviving as text.
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { exportQuiz } from '../index';
import { SCHEMAS, exportedQuizzes, removeTemps, writeTemp, xmllint } from '../test-support';
import { qtiFiles } from './package';

afterAll(removeTemps);
const quizzes = exportedQuizzes();

describe.each(['3.0', '2.1'] as const)('QTI %s export', (version) => {
  const itemSchema = version === '3.0' ? SCHEMAS.qti3 : SCHEMAS.qti21;
  const manifestSchema = version === '3.0' ? SCHEMAS.qti3Manifest : SCHEMAS.qti21Manifest;

  it.each(quizzes.map((q) => [q.quiz.id, q] as const))('%s: every item, the test and the stimulus validate', (_id, { quiz, article }) => {
    const files = qtiFiles(quiz, article, version);
    const { paths } = writeTemp(files, `qti${version}`);
    const qti = [...paths].filter(([name]) => name.endsWith('.xml') && name !== 'imsmanifest.xml' && (version === '3.0' || !name.startsWith('stimuli/')));
    expect(qti.length).toBe(quiz.sections.reduce((n, s) => n + s.items.length, 0) + 1 + (version === '3.0' ? 1 : 0));
    const items = xmllint(qti.map(([, p]) => p), itemSchema);
    expect(items.ok, items.output).toBe(true);
    const manifest = xmllint([paths.get('imsmanifest.xml') as string], manifestSchema);
    expect(manifest.ok, manifest.output).toBe(true);
    if (version === '2.1') {
      const page = xmllint([paths.get('article.html') as string]);
      expect(page.ok, page.output).toBe(true);
    }
  });

  it('the validator is live: a misspelt interaction, or a cardinality QTI does not know, is rejected', () => {
    const { quiz, article } = quizzes.find((q) => q.quiz.id === 'hostile-quiz')!;
    const xml = qtiFiles(quiz, article, version).get('items/h-single.xml') as string;
    const misspelt = xml.replace(/(qti-choice-interaction|choiceInteraction)\b/g, '$1x');
    const badValue = xml.replace('cardinality="single"', 'cardinality="one"');
    expect(misspelt).not.toBe(xml);
    expect(badValue).not.toBe(xml);
    const { paths } = writeTemp(new Map([['misspelt.xml', misspelt], ['bad-value.xml', badValue], ['good.xml', xml]]), 'bad');
    expect(xmllint([paths.get('misspelt.xml') as string], itemSchema).ok).toBe(false);
    expect(xmllint([paths.get('bad-value.xml') as string], itemSchema).ok).toBe(false);
    expect(xmllint([paths.get('good.xml') as string], itemSchema).ok).toBe(true);
  });

  it.each(quizzes.map((q) => [q.quiz.id, q] as const))('%s: the zip holds the manifest first and every file listed in it', (_id, { quiz, article }) => {
    const file = exportQuiz(quiz, article, version === '3.0' ? 'qti3' : 'qti21');
    const entries = unzipSync(file.body);
    const names = Object.keys(entries);
    expect(names[0]).toBe('imsmanifest.xml');
    const manifest = strFromU8(entries['imsmanifest.xml'] as Uint8Array);
    const hrefs = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]);
    expect([...hrefs].sort()).toEqual(names.filter((n) => n !== 'imsmanifest.xml').sort());
    expect(strFromU8(entries['README.md'] as Uint8Array)).toContain('What this format does not carry');
  });
});

describe('hostile text in QTI', () => {
  const { quiz, article } = quizzes.find((q) => q.quiz.id === 'hostile-quiz')!;
  const window = new Window();
  it.each(['3.0', '2.1'] as const)('QTI %s: every prompt, option and feedback reads back exactly as written', (version) => {
    const files = qtiFiles(quiz, article, version);
    for (const section of quiz.sections) {
      for (const item of section.items) {
        const doc = new window.DOMParser().parseFromString(files.get(`items/${item.id}.xml`) as string, 'application/xml');
        const texts = [...doc.querySelectorAll('*')].map((e) => e.textContent ?? '');
        const authored = [item.prompt, item.explanation, ...('options' in item ? item.options.map((o) => o.feedback) : [])];
        if (item.type === 'single' || item.type === 'multiple') authored.push(...item.options.map((o) => o.text));
        for (const text of authored) expect(texts.some((t) => t.includes(text)), `${item.id}: ${text}`).toBe(true);
      }
    }
    const title = new window.DOMParser().parseFromString(files.get('test.xml') as string, 'application/xml');
    expect(title.documentElement.getAttribute('title')).toBe(quiz.title);
  });

  it('the README of the package is UTF-8 text with the emoji and right-to-left text intact', () => {
    const file = exportQuiz(quiz, article, 'qti3');
    const readme = strFromU8(unzipSync(file.body)['README.md'] as Uint8Array);
    expect(readme).toContain(quiz.title);
  });
});

describe('QTI metadata', () => {
  it('misconception tags ride in the manifest as LOM keywords of the item that uses them', () => {
    const { quiz, article } = quizzes.find((q) => q.quiz.id === 'hostile-quiz')!;
    const manifest = qtiFiles(quiz, article, '3.0').get('imsmanifest.xml') as string;
    const single = manifest.slice(manifest.indexOf('identifier="res-item-h-single"'), manifest.indexOf('identifier="res-item-h-multiple"'));
    expect(single).toContain('misconception:writer-verb');
    expect(single).toContain('misconception:official-source');
    expect(single).toContain('<qti:interactionType>choiceInteraction</qti:interactionType>');
  });
});
