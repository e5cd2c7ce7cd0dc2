// Every text and UI colour pair the design system uses stays readable (WCAG AA) in both colour schemes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, schemeTokens } from './contrast';

const css = readFileSync(path.join(__dirname, '../../app/globals.css'), 'utf8');
const schemes = schemeTokens(css);

const SURFACES = ['bg', 'surface', 'wash'];
const TEXT_ON_SURFACES = ['ink', 'muted', 'brand', 'brand-strong', 'good', 'part', 'bad', 'neutral'];
// [text, background]: 4.5:1
const TEXT_PAIRS: Array<[string, string]> = [
  ...TEXT_ON_SURFACES.flatMap((t) => SURFACES.map((s): [string, string] => [t, s])),
  ...['good', 'part', 'bad', 'neutral', 'brand'].flatMap((tone): Array<[string, string]> => [
    [tone, `${tone}-wash`],
    ['ink', `${tone}-wash`],
    ['muted', `${tone}-wash`],
  ]),
  ['brand-strong', 'brand-wash'],
  ['brand-ink', 'brand'],
  ['brand-ink', 'brand-strong'],
  ['ink', 'mark'],
];
// [component, neighbour]: 3:1 (field borders, focus ring, progress bar, status borders, the reward badge)
const UI_PAIRS: Array<[string, string]> = [
  ...SURFACES.flatMap((s): Array<[string, string]> => [
    ['line-strong', s],
    ['focus', s],
    ['brand', s],
  ]),
  ['brand', 'wash'],
  ['focus', 'brand-wash'],
  ['good', 'surface'],
  ['part', 'surface'],
  ['bad', 'surface'],
  ['surface', 'good'],
];

describe('design tokens', () => {
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [scheme, tokens] of Object.entries(schemes)) {
    const colour = (name: string) => {
      const value = tokens.get(name);
      if (!value) throw new Error(`--${name} is not defined for ${scheme}`);
      return value;
    };
    it(`${scheme}: text pairs reach 4.5:1`, () => {
      const low = TEXT_PAIRS.map(([t, b]) => ({ pair: `${t} on ${b}`, ratio: contrast(colour(t), colour(b)) })).filter(
        (p) => p.ratio < 4.5,
      );
      expect(low).toEqual([]);
    });
    it(`${scheme}: UI pairs reach 3:1`, () => {
      const low = UI_PAIRS.map(([t, b]) => ({ pair: `${t} on ${b}`, ratio: contrast(colour(t), colour(b)) })).filter((p) => p.ratio < 3);
      expect(low).toEqual([]);
    });
  }

  it('the dark scheme redefines every colour it needs', () => {
    expect(schemes.dark.get('bg')).not.toBe(schemes.light.get('bg'));
    expect(schemes.dark.get('ink')).not.toBe(schemes.light.get('ink'));
  });
});
