// A QTI content package (zip): imsmanifest.xml, the test, one file per item, the article, and the README.
import { strToU8, zipSync } from 'fflate';
import type { Article, Quiz } from '@/content/schema';
import { itemMisconceptions } from '../types';
import { buildReadme } from '../readme';
import { buildArticlePage, buildStimulus } from './article';
import { buildItem, type QtiVersion } from './item';
import { buildManifest, type ManifestResource } from './manifest';
import { buildTest } from './test';

// A fixed date in the zip entries: the same quiz always exports to the same bytes.
const ZIP_DATE = new Date('2024-12-01T00:00:00Z');

export function qtiFiles(quiz: Quiz, article: Article | undefined, version: QtiVersion): Map<string, string> {
  const files = new Map<string, string>();
  const v3 = version === '3.0';
  const articleFile = v3 ? 'stimuli/article.xml' : 'article.html';
  const resources: ManifestResource[] = [];
  const itemHref = (id: string) => `items/${id}.xml`;
  if (article) {
    files.set(articleFile, v3 ? buildStimulus(article) : buildArticlePage(article));
    resources.push({ identifier: 'res-article', kind: v3 ? 'stimulus' : 'webcontent', href: articleFile });
  }
  for (const section of quiz.sections) {
    for (const item of section.items) {
      const built = buildItem(item, { version, article, articleHref: `../${articleFile}` });
      files.set(itemHref(item.id), built.xml);
      resources.push({
        identifier: `res-${built.identifier}`,
        kind: 'item',
        href: itemHref(item.id),
        dependencies: article ? ['res-article'] : [],
        interactionTypes: built.parts.interactionTypes,
        misconceptions: itemMisconceptions(item),
      });
    }
  }
  files.set('test.xml', buildTest(quiz, version, itemHref));
  resources.unshift({
    identifier: 'res-test',
    kind: 'test',
    href: 'test.xml',
    dependencies: resources.filter((r) => r.kind === 'item').map((r) => r.identifier),
  });
  files.set('README.md', buildReadme(quiz, v3 ? 'qti3' : 'qti21'));
  resources.push({ identifier: 'res-readme', kind: 'webcontent', href: 'README.md' });
  files.set('imsmanifest.xml', buildManifest(`manifest-${quiz.id}`, quiz.title, version, resources));
  return files;
}

export function zipFiles(files: Map<string, string>): Uint8Array {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  // the manifest first: some importers look for it at the start of the archive
  const names = ['imsmanifest.xml', ...[...files.keys()].filter((n) => n !== 'imsmanifest.xml').sort()];
  for (const name of names) entries[name] = [strToU8(files.get(name) as string), { mtime: ZIP_DATE }];
  return zipSync(entries, { level: 6 });
}
