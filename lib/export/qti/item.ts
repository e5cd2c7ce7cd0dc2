// One QTI assessment item (3.0 or 2.1) from an item and its type mapping: declarations, the body (article sentences
// it is about, its stimuli with their labels, the prompt, the interaction), response processing that sets SCORE and
// FEEDBACK, and modal feedback (per option, then the explanation as general feedback).
import type { Article, Item } from '@/content/schema';
import { idMaker, qtiId } from '../ids';
import type { QtiParts } from '../mapping';
import { generalFeedback, itemSentences, itemStimuli } from '../stimulus';
import { qtiParts } from '../types';
import { h, xmlDocument, type XElement } from '../xml';
import { baseId, variable } from './build';

export type QtiVersion = '3.0' | '2.1';
export const EXPLANATION = 'EXPLANATION';

const ROOT: Record<QtiVersion, XElement['attrs']> = {
  '3.0': {
    xmlns: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
  },
  '2.1': {
    xmlns: 'http://www.imsglobal.org/xsd/imsqti_v2p1',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd',
  },
};
export const rootAttrs = (v: QtiVersion) => ROOT[v];

export interface BuiltItem {
  identifier: string;
  xml: string;
  parts: QtiParts;
}

export interface ItemContext {
  version: QtiVersion;
  article: Article | undefined;
  /** 3.0: href of the shared article stimulus; 2.1: href of the article web page, relative to the item file */
  articleHref: string;
}

const outcome = (identifier: string, cardinality: string, baseType: string, extra: XElement['attrs'] = {}, value?: string) =>
  h('outcomeDeclaration', { identifier, cardinality, baseType, ...extra }, value !== undefined && h('defaultValue', {}, h('value', {}, value)));

function feedback(identifier: string, title: string, paragraphs: string[]): XElement {
  return h(
    'modalFeedback',
    { outcomeIdentifier: 'FEEDBACK', identifier, showHide: 'show', title },
    h('contentBody', {}, h('div', {}, paragraphs.map((p) => h('p', {}, p)))),
  );
}

export function buildItem(item: Item, ctx: ItemContext): BuiltItem {
  const identifier = qtiId('item', item.id);
  const parts = qtiParts(item, idMaker(item.id));
  const human = item.type === 'written';
  const sentences = itemSentences(item, ctx.article);
  const scoreAttrs = { normalMaximum: 1, ...(human && ctx.version === '3.0' ? { externalScored: 'human' } : {}) };
  const body = h(
    'itemBody',
    {},
    ctx.version === '2.1' &&
      h('div', { class: 'cc-article' }, h('p', {}, h('object', { data: ctx.articleHref, type: 'text/html' }, 'The article this quiz is built on'))),
    sentences.length > 0 &&
      h('blockquote', { class: 'cc-sentences' }, sentences.map((s) => h('p', {}, s.text))),
    itemStimuli(item).map((s) =>
      h(
        'div',
        { class: 'cc-stimulus' },
        h('p', {}, h('strong', {}, s.label)),
        h('p', {}, h('em', {}, s.title)),
        s.paragraphs.map((p) => h('p', {}, p)),
        s.source && h('p', { class: 'cc-source' }, s.source),
      ),
    ),
    h('div', { class: 'cc-prompt' }, h('p', {}, item.prompt)),
    parts.body,
  );
  const feedbackValue = h('setOutcomeValue', { identifier: 'FEEDBACK' }, h('multiple', {}, parts.feedbackFrom.map(variable), baseId(EXPLANATION)));
  const root = h(
    'assessmentItem',
    {
      ...ROOT[ctx.version],
      identifier,
      title: item.prompt.length > 80 ? `${item.prompt.slice(0, 77)}...` : item.prompt,
      adaptive: false,
      timeDependent: false,
      'xml:lang': 'en',
    },
    parts.declarations,
    outcome('SCORE', 'single', 'float', scoreAttrs, '0.0'),
    outcome('MAXSCORE', 'single', 'float', {}, '1.0'),
    outcome('FEEDBACK', 'multiple', 'identifier'),
    ctx.version === '3.0' &&
      h('assessmentStimulusRef', { identifier: 'stimulus-article', href: ctx.articleHref, title: ctx.article?.title ?? 'Article' }),
    body,
    h('responseProcessing', {}, parts.scoring, feedbackValue),
    parts.keyedFeedback.map((f) => feedback(f.id, 'Feedback', [f.text])),
    feedback(EXPLANATION, 'How a fact-checker would reason', generalFeedback(item, parts.partFeedback)),
  );
  return { identifier, xml: xmlDocument(root, ctx.version === '3.0' ? 'qti3' : 'qti21'), parts };
}
