import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/content/load';
import type { Quiz } from '@/content/schema';
import { exportQuizYaml, MAX_IMPORT_BYTES, parseQuizYaml, YAML_FORMAT } from './yaml';

const shipped = loadContent(path.join(process.cwd(), 'content'));
const quiz = shipped.quizzes.get('paktika-practice')!;
const article = shipped.articles.get(quiz.article)!;

describe('YAML export and import (pure)', () => {
  it('round-trips a shipped quiz and its article exactly', () => {
    const text = exportQuizYaml(quiz, article);
    expect(text.startsWith(`format: ${YAML_FORMAT}\n`)).toBe(true);
    const back = parseQuizYaml(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect({ quiz: back.quiz, article: back.article }).toEqual({ quiz, article });
  });

  it('names every problem of a bad file: where it is and what is wrong', () => {
    const doc = YAML.parse(exportQuizYaml(quiz, article));
    doc.quiz.sections[0].items[0].sentences = ['nowhere'];
    doc.quiz.sections[1].items[0].id = doc.quiz.sections[0].items[0].id;
    const result = parseQuizYaml(YAML.stringify(doc));
    expect(result.ok).toBe(false);
    const named = result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(named).toContain('quiz: sections.0.items.0.sentences.0: unknown sentence id "nowhere" (not in the article)');
    expect(named.some((n) => n.includes(`duplicate item id "${doc.quiz.sections[0].items[0].id}"`))).toBe(true);
  });

  it('names schema problems in both the quiz and the article at once', () => {
    const doc = YAML.parse(exportQuizYaml(quiz, article));
    delete doc.quiz.title;
    doc.article.blocks = [];
    const paths = parseQuizYaml(YAML.stringify(doc)).problems.map((p) => `${p.file}: ${p.path}`);
    expect(paths).toEqual(expect.arrayContaining(['quiz: title', 'article: blocks']));
  });

  it('refuses what is not an export: unparsable, another format, too large', () => {
    expect(parseQuizYaml('a: [unclosed').problems[0]?.message).toMatch(/cannot be parsed/);
    expect(parseQuizYaml(YAML.stringify({ format: 'other/1', quiz, article })).problems[0]).toMatchObject({ path: 'format' });
    expect(parseQuizYaml(`# ${'x'.repeat(MAX_IMPORT_BYTES)}`).problems[0]?.message).toMatch(/larger than/);
  });

  it('runs the quality-lint rules it is given, and refuses on their findings', () => {
    const noLongPrompts = (q: Quiz) => (q.title.length > 5 ? [{ file: 'quiz', path: 'title', message: 'lint: too long' }] : []);
    expect(parseQuizYaml(exportQuizYaml(quiz, article), [noLongPrompts]).problems).toEqual([{ file: 'quiz', path: 'title', message: 'lint: too long' }]);
  });

  it('keeps hostile text as text (no YAML tags run, no HTML changed)', () => {
    const doc = YAML.parse(exportQuizYaml(quiz, article));
    doc.quiz.title = '<img src=x onerror=alert(1)> !!js/function';
    const result = parseQuizYaml(YAML.stringify(doc));
    expect(result.ok && result.quiz.title).toBe('<img src=x onerror=alert(1)> !!js/function');
  });
});
