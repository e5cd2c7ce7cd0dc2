// The per-type parts of docs/exports.md, written from the types' export.ts (their `mapping` row and `losses`) and
// lib/export/losses.ts, so a new type's row and losses reach the doc without editing it by hand:
// `npm run docs:exports` rewrites the marked blocks, and lib/export/docs.test.ts fails when the doc is behind.
import { COMMON_LOSSES, FORMAT_NAMES, FORMATS, typeLosses } from './losses';
import { typeExports } from './types';

const block = (name: string) => [`<!-- ${name}: written by npm run docs:exports from question-types/*/export.ts -->`, `<!-- end ${name} -->`] as const;

function mappingTable(): string[] {
  return [
    '| Claimcheck type | QTI 3.0 / 2.1 | scoring in QTI (1 point per item) | Moodle XML | GIFT |',
    '| --- | --- | --- | --- | --- |',
    ...typeExports().map(({ type, exports: { mapping: m } }) => `| \`${type}\` | ${m.qti} | ${m.scoring} | ${m.moodle} | ${m.gift} |`),
  ];
}

function lossSections(): string[] {
  return FORMATS.flatMap((format) => [
    `### ${FORMAT_NAMES[format]}`,
    '',
    ...COMMON_LOSSES[format].map((l) => `- ${l}`),
    ...typeLosses(format).flatMap(({ label, losses }) => losses.map((l) => `- ${label}: ${l}`)),
    '',
  ]);
}

function replaceBlock(doc: string, name: string, lines: string[]): string {
  const [start, end] = block(name);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/exports.md has no "${start}" ... "${end}" block`);
  return `${doc.slice(0, from + start.length)}\n${lines.join('\n').trimEnd()}\n${doc.slice(to)}`;
}

/** The doc with its generated blocks (the mapping table, what each format loses) written afresh. */
export function writeExportsDoc(doc: string): string {
  return replaceBlock(replaceBlock(doc, 'mapping', mappingTable()), 'losses', lossSections());
}
