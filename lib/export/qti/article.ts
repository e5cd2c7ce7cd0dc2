// The article: in QTI 3.0 a shared qti-assessment-stimulus every item refers to; in QTI 2.1 (which has no stimulus)
// an XHTML page in the package each item embeds. Sentences keep their ids (as sentence-<id>) so an item's
// "about sentence p1-s1" can still be found.
import type { Article } from '@/content/schema';
import { articleSource } from '../stimulus';
import { h, xmlDocument, type XElement } from '../xml';

function articleBody(article: Article): XElement[] {
  return [
    h('h2', {}, article.title),
    h('p', { class: 'cc-source' }, articleSource(article)),
    article.note ? h('p', { class: 'cc-note' }, article.note) : null,
    ...article.blocks.map((b) =>
      b.kind === 'heading'
        ? h('h3', {}, b.text)
        : h('p', {}, b.sentences.flatMap((s, i) => [...(i > 0 ? [' '] : []), h('span', { id: `sentence-${s.id}` }, s.text)])),
    ),
  ].filter((n): n is XElement => n !== null);
}

export function buildStimulus(article: Article): string {
  const root = h(
    'assessmentStimulus',
    {
      xmlns: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation':
        'http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
      identifier: 'stimulus-article',
      title: article.title,
      'xml:lang': 'en',
    },
    h('stimulusBody', {}, articleBody(article)),
  );
  return xmlDocument(root, 'qti3');
}

export function buildArticlePage(article: Article): string {
  const root = h(
    'html',
    { xmlns: 'http://www.w3.org/1999/xhtml', lang: 'en', 'xml:lang': 'en' },
    h('head', {}, h('meta', { charset: 'utf-8' }), h('title', {}, article.title)),
    h('body', {}, articleBody(article)),
  );
  return xmlDocument(root, 'plain');
}
