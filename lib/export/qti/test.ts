// The QTI assessment test: one test part, one section per lesson section (its intro as a candidate rubric block),
// item refs in quiz order, and the test score as the sum of item scores.
import type { Quiz } from '@/content/schema';
import { qtiId } from '../ids';
import { h, xmlDocument } from '../xml';
import { rootAttrs, type QtiVersion } from './item';

export function buildTest(quiz: Quiz, version: QtiVersion, itemHref: (itemId: string) => string): string {
  const sections = quiz.sections.map((s) =>
    h(
      'assessmentSection',
      { identifier: qtiId('section', s.id), title: s.title, visible: true },
      s.intro && h('rubricBlock', { view: 'candidate' }, h('contentBody', {}, h('p', {}, s.intro))),
      s.items.map((i) => h('assessmentItemRef', { identifier: qtiId('item', i.id), href: itemHref(i.id) })),
    ),
  );
  const root = h(
    'assessmentTest',
    { ...rootAttrs(version), identifier: qtiId('test', quiz.id), title: quiz.title },
    h('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float' }, h('defaultValue', {}, h('value', {}, '0.0'))),
    h('testPart', { identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'individual' }, sections),
    h(
      'outcomeProcessing',
      {},
      h('setOutcomeValue', { identifier: 'SCORE' }, h('sum', {}, h('testVariables', { variableIdentifier: 'SCORE' }))),
    ),
  );
  return xmlDocument(root, version === '3.0' ? 'qti3' : 'qti21');
}
