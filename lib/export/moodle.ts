// Moodle XML (Moodle's own question format, docs.moodle.org/en/Moodle_XML_format): a category per quiz and per
// section, the article as a description question, then one question per item shaped by its type mapping.
import type { Article, Item, Quiz } from '@/content/schema';
import { articleHtml, htmlParagraphs, questionHtml } from './html';
import { buildReadme } from './readme';
import { generalFeedback } from './stimulus';
import { itemMisconceptions, lmsShape } from './types';
import type { MoodleShape } from './mapping';
import { h, serialize, stripInvalidXml, type XElement } from './xml';

const text = (value: string) => h('text', {}, value);
const html = (name: string, value: string, attrs: XElement['attrs'] = {}) => h(name, { ...attrs, format: 'html' }, text(value));
// Moodle writes fractions as percentages with up to 7 decimals; 5 keep thirds at Moodle's own 33.33333
const percent = (fraction: number) => String(Math.round(fraction * 100 * 1e5) / 1e5);

function shapeElements(shape: MoodleShape): XElement[] {
  switch (shape.qtype) {
    case 'multichoice':
      return [
        h('single', {}, String(shape.single)),
        h('shuffleanswers', {}, 'true'),
        h('answernumbering', {}, 'abc'),
        ...shape.answers.map((a) =>
          h('answer', { fraction: percent(a.fraction), format: 'html' }, text(htmlParagraphs([a.text])), html('feedback', htmlParagraphs([a.feedback]))),
        ),
      ];
    case 'matching':
      return [
        h('shuffleanswers', {}, 'true'),
        ...shape.pairs.map((p) => h('subquestion', { format: 'html' }, text(htmlParagraphs([p.question])), h('answer', {}, text(p.answer)))),
        // a subquestion with no text is how Moodle stores an extra (distractor) answer
        ...shape.extraAnswers.map((a) => h('subquestion', { format: 'html' }, text(''), h('answer', {}, text(a)))),
      ];
    case 'ordering':
      return [
        h('layouttype', {}, 'VERTICAL'),
        h('selecttype', {}, 'ALL'),
        h('selectcount', {}, '0'),
        // every step against all the others: the share of step pairs in the right order, as Claimcheck scores it
        h('gradingtype', {}, 'RELATIVE_ALL_PREVIOUS_AND_NEXT'),
        h('showgrading', {}, 'SHOW'),
        h('numberingstyle', {}, 'none'),
        ...shape.steps.map((s, i) => h('answer', { fraction: String(i + 1), format: 'html' }, text(htmlParagraphs([s])))),
      ];
    case 'essay':
      return [
        h('responseformat', {}, 'editor'),
        h('responserequired', {}, '1'),
        h('responsefieldlines', {}, '10'),
        h('attachments', {}, '0'),
        h('attachmentsrequired', {}, '0'),
        h('maxbytes', {}, '0'),
        html('graderinfo', htmlParagraphs(shape.graderInfo.split('\n'))),
        html('responsetemplate', ''),
      ];
  }
}

export function moodleQuestion(item: Item, article: Article | undefined): XElement {
  const shape = lmsShape(item);
  const tags = [...new Set(itemMisconceptions(item))];
  return h(
    'question',
    { type: shape.moodle.qtype },
    h('name', {}, text(item.id)),
    html('questiontext', questionHtml(item, article, shape.lead)),
    html('generalfeedback', htmlParagraphs(generalFeedback(item, shape.partFeedback))),
    h('defaultgrade', {}, '1'),
    h('penalty', {}, '0'),
    h('hidden', {}, '0'),
    h('idnumber', {}, item.id),
    shapeElements(shape.moodle),
    tags.length > 0 && h('tags', {}, tags.map((t) => h('tag', {}, text(`misconception:${t}`)))),
  );
}

const category = (path: string, info?: string) =>
  h('question', { type: 'category' }, h('category', {}, text(path)), info !== undefined && html('info', htmlParagraphs([info])));

export function buildMoodleXml(quiz: Quiz, article: Article | undefined): string {
  const top = `$course$/top/${quiz.title.replace(/\//g, '-')}`;
  const questions: XElement[] = [category(top, quiz.summary)];
  if (article) {
    questions.push(
      h('question', { type: 'description' }, h('name', {}, text('Article')), html('questiontext', articleHtml(article)), html('generalfeedback', ''), h('defaultgrade', {}, '0'), h('penalty', {}, '0'), h('hidden', {}, '0')),
    );
  }
  for (const section of quiz.sections) {
    questions.push(category(`${top}/${section.title.replace(/\//g, '-')}`, section.intro));
    for (const item of section.items) questions.push(moodleQuestion(item, article));
  }
  // the README as a comment: "--" may not appear inside an XML comment
  const readme = stripInvalidXml(buildReadme(quiz, 'moodle')).replace(/-(?=-)/g, '- ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!--\n${readme}-->\n${serialize(h('quiz', {}, questions), 'plain')}\n`;
}
