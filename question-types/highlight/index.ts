// Highlight, on the server: checks, public view, grading with partial credit, feedback and the teacher's words.
import { findRun, passageWords, runs } from '@/lib/text/words';
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { gradeResult, tagsOf } from '../shared/grade';
import { partsOf } from '../shared/parts';
import { quote } from '../shared/report';
import { gradeHighlight, highlightSpans } from './grade';
import type { HighlightFeedback, HighlightPublic } from './public';
import { highlightItemSchema, highlightResponseSchema, type HighlightItem, type HighlightResponse } from './schema';
import { highlightIds } from './ids';
import { highlightExample } from './example';
import { withoutSome } from '../shared/sample';
import { highlightExport } from './export';
import { highlightLint } from './lint';


export const highlight = defineQuestionType<HighlightItem, HighlightResponse, HighlightPublic, HighlightFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(highlightItemSchema, highlightResponseSchema, highlightExample, highlightExport, highlightLint),
  check: (item, c) => {
    const words = passageWords(item.passage);
    const all = [...item.targets, ...item.decoys];
    c.checkIds('targets', all.map((t) => t.id));
    all.forEach((t) => {
      if (findRun(words, t.text) < 0) c.add('targets', `"${t.text}" is not a run of whole words in the passage`);
    });
  },
  parts: (item) => [...partsOf('target', item.targets), ...partsOf('decoy', item.decoys)],
  // the phrases to find are not sent before feedback: only the words
  toPublic: (item) => ({ type: 'highlight', words: passageWords(item.passage) }),
  shownIds: highlightIds.shownIds,
  mapResponseIds: (r) => r, // word indexes, not part ids
  responseProblem: (item, r) =>
    r.words.some((w) => w >= passageWords(item.passage).length) ? 'A selected word is outside the passage.' : null,
  grade: (item, r) => {
    const { found, stray, decoysHit } = gradeHighlight(item, r.words);
    return gradeResult((found.length - stray.length) / item.targets.length, decoysHit.map((d) => d.misconception));
  },
  keyResponse: (item) => {
    const { spans } = highlightSpans(item);
    return { type: 'highlight', words: item.targets.flatMap((t) => spans.get(t.id) ?? []) };
  },
  wrongResponse: (item, sample) => {
    const { spans } = highlightSpans(item);
    const words = withoutSome(sample, item.targets).flatMap((t) => spans.get(t.id) ?? []);
    if (item.decoys.length > 0 && sample.next() < 0.65) words.push(...(spans.get(sample.tempting(item.decoys).id) ?? []));
    return { type: 'highlight', words: [...new Set(words)] };
  },
  feedback: (item, r) => {
    const { found, stray, decoysHit } = gradeHighlight(item, r.words);
    const words = passageWords(item.passage);
    return {
      type: 'highlight',
      targets: item.targets.map((t) => ({ id: t.id, text: t.text, kind: t.kind, feedback: t.feedback, found: found.includes(t) })),
      decoys: decoysHit.map((d) => ({ id: d.id, text: d.text, feedback: d.feedback })),
      strayWords: stray.map((run) => run.map((w) => words[w] ?? '').join(' ')),
      otherFeedback: stray.length > decoysHit.length ? item.otherFeedback : null,
      selected: [...r.words].sort((a, b) => a - b),
    };
  },
  feedbackForBrowser: (f, id) => ({
    ...f,
    targets: f.targets.map((t) => ({ ...t, id: id('target', t.id) })),
    decoys: f.decoys.map((d) => ({ ...d, id: id('decoy', d.id) })),
  }),
  secretTexts: (item) => [item.otherFeedback, ...item.targets.map((t) => t.feedback), ...item.decoys.map((d) => d.feedback)],
  describeResponse: (item, r, t = englishWords) => {
    const words = passageWords(item.passage);
    const selected = runs([...r.words]).map((run) => quote(run.map((i) => words[i] ?? '').join(' ')));
    return selected.length > 0 ? selected : [t('describe.nothing')];
  },
  describeKey: (item, t = englishWords) => item.targets.map((x) => `${quote(x.text)} (${t(`describe.${x.kind}`)})`),
  responseKey: (r) => `highlight:${[...new Set(r.words)].sort((a, b) => a - b).join(',')}`,
  misconceptions: (item) => tagsOf(item.decoys),
  guide: (item, t = englishWords) => ({
    context: t('guide.passage', { text: quote(item.passage) }),
    choiceHeading: t('guide.words'),
    rightHeading: t('guide.select'),
    rows: [
      ...item.targets.map((x) => ({ key: x.id, choice: quote(x.text), right: t('guide.yesKind', { kind: t(`describe.${x.kind}`) }), feedback: x.feedback })),
      ...item.decoys.map((d) => ({ key: d.id, choice: quote(d.text), right: t('guide.tempting'), feedback: d.feedback, misconception: d.misconception })),
      { key: '(other)', choice: t('guide.anyOther'), right: t('guide.no'), feedback: item.otherFeedback },
    ],
  }),
  optionCounts: () => null,
});
