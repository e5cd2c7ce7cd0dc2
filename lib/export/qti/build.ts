// Building blocks for the QTI trees the type mappings return: declarations, interactions and scoring rules,
// written once here so each type file only says which ones it uses. 2.1 names; see lib/export/xml.ts.
import { h, type XElement, type XNode } from '../xml';

export const RESPONSE = 'RESPONSE';

export function paragraphs(text: string, attrs: XElement['attrs'] = {}): XElement[] {
  return text.split(/\n{2,}/).map((p) => h('p', attrs, p.trim()));
}

interface Mapping {
  entries: Array<[key: string, value: number]>;
  lowerBound?: number;
  upperBound?: number;
  defaultValue?: number;
}

// full double precision: 1/3 written as 0.333333 would add up to 0.999999 for a full answer
const num = (n: number) => String(n);

export function declaration(
  id: string,
  cardinality: 'single' | 'multiple' | 'ordered',
  baseType: 'identifier' | 'directedPair' | 'string',
  correct: string[],
  mapping?: Mapping,
): XElement {
  return h(
    'responseDeclaration',
    { identifier: id, cardinality, baseType },
    correct.length > 0 && h('correctResponse', {}, correct.map((v) => h('value', {}, v))),
    mapping &&
      h(
        'mapping',
        {
          lowerBound: mapping.lowerBound === undefined ? undefined : num(mapping.lowerBound),
          upperBound: mapping.upperBound === undefined ? undefined : num(mapping.upperBound),
          defaultValue: num(mapping.defaultValue ?? 0),
        },
        mapping.entries.map(([k, v]) => h('mapEntry', { mapKey: k, mappedValue: num(v) })),
      ),
  );
}

const setScore = (...expr: XNode[]) => h('setOutcomeValue', { identifier: 'SCORE' }, expr);
const zero = () => h('baseValue', { baseType: 'float' }, '0.0');
export const variable = (id: string) => h('variable', { identifier: id });
export const baseId = (id: string) => h('baseValue', { baseType: 'identifier' }, id);

/** SCORE = the response's mapped value (partial credit), 0 when nothing was answered. */
export function scoreByMapping(id: string): XElement {
  return h(
    'responseCondition',
    {},
    h('responseIf', {}, h('isNull', {}, variable(id)), setScore(zero())),
    h('responseElse', {}, setScore(h('mapResponse', { identifier: id }))),
  );
}

/** SCORE = 1 when the response matches the correct response, else 0. */
export function scoreByMatch(id: string): XElement {
  return h(
    'responseCondition',
    {},
    h('responseIf', {}, h('match', {}, variable(id), h('correct', { identifier: id })), setScore(h('baseValue', { baseType: 'float' }, '1.0'))),
    h('responseElse', {}, setScore(zero())),
  );
}

/** SCORE = sum of `weight` for each condition that holds (conditions written by the caller), floored at 0. */
export function scoreBySum(conditions: Array<{ when: XElement; weight: number }>): XElement[] {
  return [
    setScore(zero()),
    ...conditions.map(({ when, weight }) =>
      h(
        'responseCondition',
        {},
        h('responseIf', {}, when, setScore(h('sum', {}, variable('SCORE'), h('baseValue', { baseType: 'float' }, num(weight))))),
      ),
    ),
  ];
}

export function simpleChoices(choices: Array<{ id: string; text: string }>, tag = 'simpleChoice', extra: XElement['attrs'] = {}) {
  return choices.map((c) => h(tag, { identifier: c.id, ...extra }, c.text));
}

export function choiceInteraction(id: string, maxChoices: number, choices: Array<{ id: string; text: string }>, shuffle: boolean) {
  return h('choiceInteraction', { responseIdentifier: id, shuffle, maxChoices }, simpleChoices(choices));
}

/** Left set: the things to place (each once); right set: where they go (each any number of times). */
export function matchInteraction(
  id: string,
  left: Array<{ id: string; text: string }>,
  right: Array<{ id: string; text: string }>,
  shuffle: boolean,
) {
  return h(
    'matchInteraction',
    // qti-match-tabular (QTI 3 shared vocabulary): a grid of radio buttons, usable by keyboard and screen reader,
    // where players support it, instead of drag and drop
    { responseIdentifier: id, shuffle, maxAssociations: left.length, class: 'qti-match-tabular' },
    h('simpleMatchSet', {}, simpleChoices(left, 'simpleAssociableChoice', { matchMax: 1 })),
    h('simpleMatchSet', {}, simpleChoices(right, 'simpleAssociableChoice', { matchMax: left.length })),
  );
}

/** Partial credit for a match: each right pair earns 1/n, wrong pairs cost nothing (Claimcheck's share of parts). */
export function matchParts(id: string, pairs: Array<[left: string, right: string]>) {
  const share = 1 / pairs.length;
  return {
    declaration: declaration(id, 'multiple', 'directedPair', pairs.map(([l, r]) => `${l} ${r}`), {
      entries: pairs.map(([l, r]) => [`${l} ${r}`, share]),
      lowerBound: 0,
      upperBound: 1,
    }),
    scoring: scoreByMapping(id),
  };
}

/**
 * One right choice among several: SCORE 1 for the key; a defensible alternative given credit scores its share
 * (a mapping, as Claimcheck's grader does), anything else 0. Without credit, a plain match against the key.
 */
export function oneChoiceScoring(key: string, credited: Array<[id: string, credit: number]>): { declaration: XElement; scoring: XElement } {
  if (credited.length === 0) return { declaration: declaration(RESPONSE, 'single', 'identifier', [key]), scoring: scoreByMatch(RESPONSE) };
  const mapping = { entries: [[key, 1] as [string, number], ...credited], lowerBound: 0, upperBound: 1 };
  return { declaration: declaration(RESPONSE, 'single', 'identifier', [key], mapping), scoring: scoreByMapping(RESPONSE) };
}
