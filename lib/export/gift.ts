// GIFT (Moodle's plain-text question format, docs.moodle.org/en/GIFT_format): $CATEGORY per quiz and section, the
// article as a description, one question per item in [html] text. Every authored text is HTML-escaped, then GIFT's
// specials (~ = # { } : and the backslash) are escaped, and line breaks (a blank line ends a question) are folded.
import type { Article, Item, Quiz } from '@/content/schema';
import { articleHtml, htmlParagraphs, questionHtml } from './html';
import { buildReadme } from './readme';
import { generalFeedback } from './stimulus';
import { itemMisconceptions, lmsShape } from './types';
import type { MoodleShape } from './mapping';

export function escapeGift(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

const weight = (fraction: number) => `%${Math.round(fraction * 100 * 1e5) / 1e5}%`;
export const POSITION_LABELS = (n: number) => Array.from({ length: n }, (_, i) => `Step ${i + 1}`);

function answers(shape: MoodleShape): string[] {
  switch (shape.qtype) {
    case 'multichoice':
      return shape.answers.map((a) => {
        // one right answer: '=' for it; a credited alternative keeps its share as a weight
        const mark = shape.single ? (a.fraction === 1 ? '=' : a.fraction > 0 ? `~${weight(a.fraction)}` : '~') : `~${weight(a.fraction)}`;
        return `${mark}${escapeGift(htmlParagraphs([a.text]))}#${escapeGift(htmlParagraphs([a.feedback]))}`;
      });
    case 'matching':
      return shape.pairs.map((p) => `=${escapeGift(htmlParagraphs([p.question]))} -> ${escapeGift(p.answer)}`);
    case 'ordering': {
      // GIFT has no ordering question: each step is matched to its position (documented in the README)
      const labels = POSITION_LABELS(shape.steps.length);
      return shape.steps.map((s, i) => `=${escapeGift(htmlParagraphs([s]))} -> ${labels[i]}`);
    }
    case 'essay':
      return [];
  }
}

export function giftQuestion(item: Item, article: Article | undefined): string {
  const shape = lmsShape(item);
  const tags = [...new Set(itemMisconceptions(item))];
  const general = generalFeedback(item, shape.partFeedback);
  if (shape.moodle.qtype === 'essay') general.push(...shape.moodle.graderInfo.split('\n'));
  const lines = [
    ...(tags.length ? [`// misconceptions: ${tags.join(', ')}`] : []),
    `::${escapeGift(item.id)}::[html]${escapeGift(questionHtml(item, article, shape.lead))}{`,
    ...answers(shape.moodle),
    `####${escapeGift(htmlParagraphs(general))}`,
    '}',
  ];
  return lines.join('\n');
}

export function buildGift(quiz: Quiz, article: Article | undefined): string {
  const top = `$course$/top/${quiz.title.replace(/\//g, '-')}`;
  const blocks: string[] = [
    buildReadme(quiz, 'gift').trimEnd().split('\n').map((l) => `// ${l}`).join('\n'),
    `$CATEGORY: ${top}`,
  ];
  if (article) blocks.push(`::Article::[html]${escapeGift(articleHtml(article))}`);
  for (const section of quiz.sections) {
    blocks.push(`$CATEGORY: ${top}/${section.title.replace(/\//g, '-')}`);
    for (const item of section.items) blocks.push(giftQuestion(item, article));
  }
  return `${blocks.join('\n\n')}\n`;
}
