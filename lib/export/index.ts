// Export a quiz to one of the four formats: the bytes, a file name and a content type, for the CLI and the route.
import type { Article, Quiz } from '@/content/schema';
import { buildGift } from './gift';
import { FORMATS, type Format } from './losses';
import { buildMoodleXml } from './moodle';
import { qtiFiles, zipFiles } from './qti/package';

export { FORMATS, type Format };

export interface ExportFile {
  filename: string;
  contentType: string;
  body: Uint8Array;
}

export function exportQuiz(quiz: Quiz, article: Article | undefined, format: Format): ExportFile {
  switch (format) {
    case 'qti3':
    case 'qti21':
      return {
        filename: `${quiz.id}-${format}.zip`,
        contentType: 'application/zip',
        body: zipFiles(qtiFiles(quiz, article, format === 'qti3' ? '3.0' : '2.1')),
      };
    case 'moodle':
      return { filename: `${quiz.id}-moodle.xml`, contentType: 'application/xml; charset=utf-8', body: new TextEncoder().encode(buildMoodleXml(quiz, article)) };
    case 'gift':
      return { filename: `${quiz.id}-gift.txt`, contentType: 'text/plain; charset=utf-8', body: new TextEncoder().encode(buildGift(quiz, article)) };
  }
}
