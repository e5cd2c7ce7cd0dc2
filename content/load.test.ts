import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblems, loadContent } from './load';

const fixtures = path.resolve(__dirname, '../test/fixtures/content');
const shipped = path.resolve(__dirname);

function tempContent(mutate: (quiz: Record<string, any>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-content-'));
  fs.cpSync(fixtures, dir, { recursive: true });
  const file = path.join(dir, 'quizzes', 'river-flood-quiz.yaml');
  const quiz = YAML.parse(fs.readFileSync(file, 'utf8'));
  mutate(quiz);
  fs.writeFileSync(file, YAML.stringify(quiz));
  return dir;
}

describe('shipped content', () => {
  it('is valid', () => {
    const set = loadContent(shipped);
    expect(formatProblems(set.problems)).toBe('');
    expect(set.quizzes.get('paktika-practice')).toBeDefined();
  });
});

describe('adding a quiz by files alone', () => {
  it('loads a second article and quiz from a content dir', () => {
    const set = loadContent(fixtures);
    expect(set.problems).toEqual([]);
    expect(set.articles.has('river-flood')).toBe(true);
    expect(set.quizzes.get('river-flood-quiz')?.sections[0]?.items).toHaveLength(2);
  });
});

describe('content check messages name the file and field', () => {
  const problemsFor = (mutate: (quiz: Record<string, any>) => void) =>
    formatProblems(loadContent(tempContent(mutate)).problems);

  it('unknown sentence id', () => {
    expect(
      problemsFor((q) => {
        q.sections[0].items[1].sentences = ['p9-s9'];
      }),
    ).toMatch(/quizzes\/river-flood-quiz\.yaml: sections\.0\.items\.1\.sentences\.0: unknown sentence id "p9-s9"/);
  });
  it('option without feedback', () => {
    expect(
      problemsFor((q) => {
        delete q.sections[0].items[1].options[0].feedback;
      }),
    ).toMatch(/river-flood-quiz\.yaml: sections\.0\.items\.1\.options\.0\.feedback: /);
  });
  it('classify without feedback for a status', () => {
    expect(
      problemsFor((q) => {
        q.sections[0].items[0].options.pop();
      }),
    ).toMatch(/sections\.0\.items\.0\.options: no feedback for the status "opinion"/);
  });
  it('key that points to no option', () => {
    expect(
      problemsFor((q) => {
        q.sections[0].items[1].key = 'z';
      }),
    ).toMatch(/sections\.0\.items\.1\.key: key "z" points to no option/);
  });
  it('duplicate item id', () => {
    expect(
      problemsFor((q) => {
        q.sections[0].items[1].id = 'worst-century';
      }),
    ).toMatch(/river-flood-quiz\.yaml: sections: duplicate item id "worst-century"/);
  });
  it('an option id that gives the answer away', () => {
    expect(
      problemsFor((q) => {
        q.sections[0].items[1].options[1].id = 'correct';
        q.sections[0].items[1].key = 'correct';
      }),
    ).toMatch(/gives the answer away/);
  });
  it('unknown article', () => {
    expect(
      problemsFor((q) => {
        q.article = 'no-such-article';
      }),
    ).toMatch(/article: no article with id "no-such-article"/);
  });
});
