// The fixture content (test/fixtures/content) as raw objects, for tests that save it as a teacher's own rows.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export function contentFixture(kind: 'articles' | 'quizzes', name: string): Record<string, any> {
  return YAML.parse(fs.readFileSync(path.join(process.cwd(), 'test/fixtures/content', kind, `${name}.yaml`), 'utf8')) as Record<string, any>;
}

/** A new teacher with their own copy of the fixture article and a draft quiz on it (without the fixture's `use`). */
export async function ownFixtureQuiz() {
  const { createTestTeacher } = await import('./db');
  const { createQuiz, saveArticle } = await import('@/lib/db/queries/content');
  const owner = await createTestTeacher();
  const article = await saveArticle({ ownerId: owner.id, article: contentFixture('articles', 'river-flood') });
  const { use: _use, ...quiz } = contentFixture('quizzes', 'river-flood-quiz');
  const row = await createQuiz({ ownerId: owner.id, quiz: { ...quiz, article: article.id } });
  return { owner, row };
}
