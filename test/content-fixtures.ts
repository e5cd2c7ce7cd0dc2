// The fixture content (test/fixtures/content) as raw objects, for tests that save it as a teacher's own rows.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export function contentFixture(kind: 'articles' | 'quizzes', name: string): Record<string, any> {
  return YAML.parse(fs.readFileSync(path.join(process.cwd(), 'test/fixtures/content', kind, `${name}.yaml`), 'utf8')) as Record<string, any>;
}
