// Export a teacher's quiz to YAML on one database, import it on a fresh one: the same quiz. And an import that
// fails its checks saves nothing and names every problem.
import YAML from 'yaml';
import { contentFixture } from '@/test/content-fixtures';
import { describe, expect, it } from 'vitest';
import { createTestTeacher, useTestDatabase } from '@/test/db';
import { loadQuiz } from '@/lib/content';
import { getDb } from '../client';
import { contentArticles, contentQuizzes } from '../schema';
import { ContentCheckError, createQuiz, listOwnQuizzes, saveArticle } from './content';
import { exportQuizForTeacher, importQuizYaml } from './content-import';

const fixture = contentFixture;

let exported = '';
let original: { quiz: Record<string, unknown>; article: Record<string, unknown> } | undefined;

describe('on the first instance', () => {
  useTestDatabase();

  it('a teacher’s quiz exports to YAML; another teacher cannot export it while it is private', async () => {
    const teacher = await createTestTeacher();
    const article = await saveArticle({ ownerId: teacher.id, article: fixture('articles', 'river-flood') });
    const row = await createQuiz({ ownerId: teacher.id, quiz: { ...fixture('quizzes', 'river-flood-quiz'), title: 'Flood <b>quiz</b> & "friends"', article: article.id } });
    exported = await exportQuizForTeacher({ teacherId: teacher.id, quizId: row.quiz.id });
    original = { quiz: row.quiz, article: row.article };
    const other = await createTestTeacher('Other');
    await expect(exportQuizForTeacher({ teacherId: other.id, quizId: row.quiz.id })).rejects.toMatchObject({ code: 'not_found:quiz' });
  });
});

describe('on a fresh instance', () => {
  useTestDatabase();

  it('starts with no teacher content', async () => {
    const db = await getDb();
    expect(await db.select().from(contentQuizzes)).toEqual([]);
    expect(await db.select().from(contentArticles)).toEqual([]);
  });

  it('imports the exported file as the same quiz and article (new ids, a private draft of the importer’s)', async () => {
    expect(exported).not.toBe('');
    const teacher = await createTestTeacher();
    const imported = await importQuizYaml({ ownerId: teacher.id, text: exported });
    expect(imported.meta).toMatchObject({ ownerId: teacher.id, visibility: 'private', status: 'draft' });
    const loaded = await loadQuiz(imported.quiz.id);
    const ids = { quiz: { id: imported.quiz.id, article: imported.article.id }, article: { id: imported.article.id } };
    expect({ quiz: loaded!.quiz, article: loaded!.article }).toEqual({
      quiz: { ...original!.quiz, ...ids.quiz },
      article: { ...original!.article, ...ids.article },
    });
  });

  it('a shipped quiz exported and imported reuses the shipped article', async () => {
    const teacher = await createTestTeacher();
    const text = await exportQuizForTeacher({ teacherId: teacher.id, quizId: 'paktika-practice' });
    const imported = await importQuizYaml({ ownerId: teacher.id, text });
    expect(imported.quiz.article).toBe('paktika-airstrikes-2024');
    expect(imported.quiz.sections).toEqual((await loadQuiz('paktika-practice'))!.quiz.sections);
  });

  it('refuses a file that fails its checks, naming every problem, and saves nothing', async () => {
    const teacher = await createTestTeacher();
    const doc = YAML.parse(exported);
    doc.quiz.sections[0].items[0].sentences = ['gone'];
    doc.quiz.sections[0].items[1].options[0].id = 'correct';
    const error = (await importQuizYaml({ ownerId: teacher.id, text: YAML.stringify(doc) }).catch((e: unknown) => e)) as ContentCheckError;
    expect(error).toBeInstanceOf(ContentCheckError);
    expect(error.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['sections.0.items.0.sentences.0', 'sections.0.items.1.options.0.id']));
    expect(error.message).toMatch(/2 problems/);
    expect(await listOwnQuizzes({ teacherId: teacher.id })).toEqual([]);
  });
});
