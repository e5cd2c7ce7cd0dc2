// Match, on the server: checks, public view, grading (the share of claims matched), feedback, teacher's words.
import { defineQuestionType, folderParts } from '../define';
import { englishWords } from '../shared/teacher-words';
import { gradeResult, tagsOf, unknownId } from '../shared/grade';
import { mapKeys, partsOf } from '../shared/parts';
import { quote } from '../shared/report';
import type { MatchFeedback, MatchPublic } from './public';
import { matchItemSchema, matchResponseSchema, type MatchItem, type MatchResponse } from './schema';
import { matchIds } from './ids';
import { matchExample } from './example';
import { matchExport } from './export';
import { matchLint } from './lint';

const partyName = (item: MatchItem, id: string | undefined) => item.parties.find((p) => p.id === id)?.name;

export const match = defineQuestionType<MatchItem, MatchResponse, MatchPublic, MatchFeedback>({
  // schema.ts, example.ts, export.ts (how it goes to an LMS) and lint.ts (what the quality gate measures)
  ...folderParts(matchItemSchema, matchResponseSchema, matchExample, matchExport, matchLint),
  check: (item, c) => {
    const parties = item.parties.map((p) => p.id);
    c.checkIds('parties', parties);
    c.checkIds('claims', item.claims.map((cl) => cl.id));
    item.claims.forEach((cl, i) => {
      if (!parties.includes(cl.party)) c.add(`claims.${i}.party`, `party "${cl.party}" is not in parties`);
    });
  },
  parts: (item) => [...partsOf('claim', item.claims), ...partsOf('party', item.parties)],
  toPublic: (item, ids) => ({
    type: 'match',
    parties: item.parties.map(({ id, name }) => ({ id: ids.toPublic('party', id), name })),
    claims: item.claims.map(({ id, text }) => ({ id: ids.toPublic('claim', id), text })),
  }),
  // claims first, then parties: the order in which responseProblem names an unknown id
  shownIds: matchIds.shownIds,
  mapResponseIds: (r, id) => {
    const claims = mapKeys(r.pairs, 'claim', id);
    return { ...r, pairs: Object.fromEntries(Object.entries(claims).map(([claim, party]) => [claim, id('party', party)])) };
  },
  responseProblem: (item, r) =>
    unknownId(Object.keys(r.pairs), item.claims.map((c) => c.id), 'a claim') ??
    unknownId(Object.values(r.pairs), item.parties.map((p) => p.id), 'a party') ??
    (Object.keys(r.pairs).length < item.claims.length ? 'Match every claim to a party first.' : null),
  grade: (item, r) => {
    const wrong = item.claims.filter((c) => r.pairs[c.id] !== c.party);
    return gradeResult((item.claims.length - wrong.length) / item.claims.length, wrong.map((c) => c.misconception));
  },
  keyResponse: (item) => ({ type: 'match', pairs: Object.fromEntries(item.claims.map((c) => [c.id, c.party])) }),
  wrongResponse: (item, sample) => {
    const pairs = Object.fromEntries(item.claims.map((c) => [c.id, c.party]));
    const wrongCount = sample.int(1, 2);
    for (let i = 0; i < wrongCount; i++) {
      const claim = sample.tempting(item.claims);
      pairs[claim.id] = sample.pick(item.parties.filter((p) => p.id !== claim.party)).id;
    }
    return { type: 'match', pairs };
  },
  feedback: (item, r) => ({
    type: 'match',
    claims: item.claims.map((c) => ({ id: c.id, party: c.party, chosen: r.pairs[c.id] ?? null, feedback: c.feedback })),
  }),
  feedbackForBrowser: (f, id) => ({
    ...f,
    claims: f.claims.map((c) => ({ ...c, id: id('claim', c.id), party: id('party', c.party), chosen: c.chosen === null ? null : id('party', c.chosen) })),
  }),
  secretTexts: (item) => item.claims.map((c) => c.feedback),
  describeResponse: (item, r, t = englishWords) => item.claims.map((c) => `${quote(c.text)} → ${partyName(item, r.pairs[c.id]) ?? t('describe.notMatched')}`),
  describeKey: (item) => item.claims.map((c) => `${quote(c.text)} → ${partyName(item, c.party) ?? c.party}`),
  responseKey: (r) =>
    `match:${Object.entries(r.pairs).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',')}`,
  misconceptions: (item) => tagsOf(item.claims),
  guide: (item, t = englishWords) => ({
    context: null,
    choiceHeading: t('guide.claim'),
    rightHeading: t('guide.madeBy'),
    rows: item.claims.map((c) => ({ key: c.id, choice: quote(c.text), right: partyName(item, c.party) ?? c.party, feedback: c.feedback, misconception: c.misconception })),
  }),
  optionCounts: () => null,
});
