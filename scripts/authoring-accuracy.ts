// How the claim assistant does on the Paktika article pasted as plain text, against the shipped files' own
// annotations: sentences split exactly as content/articles/*.yaml splits them, and the party and status it suggests
// per sentence against what the shipped quizzes record for that sentence (their claim maps, "who claims what", give
// a party and a status per claim and name its sentences; classify items give a status too).
// Run: node --import tsx scripts/authoring-accuracy.ts [seed text file]
import fs from 'node:fs';
import path from 'node:path';
import { loadContent } from '../content/load';
import type { Status } from '../content/schema';
import { annotateArticle } from '../lib/authoring/annotate';
import { loadLexicon } from '../lib/authoring/lexicon-file';
import { pastedArticle } from '../lib/authoring/paste';
import { allSentences, splitArticle } from '../lib/authoring/sentences';

const SEED = process.argv[2] ?? '/work/shared/seed/000_c0ae34773aea5c36.txt';
const content = loadContent(path.resolve('content'));
const pasted = pastedArticle(fs.readFileSync(SEED, 'utf8'), 'text');
if (!pasted.ok) throw new Error(pasted.message.key);
const blocks = splitArticle(pasted.blocks);
const ours = allSentences(blocks);
const result = annotateArticle(blocks, loadLexicon());

// the shipped article this text is: the one sharing most sentences
const shipped = [...content.articles.values()]
  .map((a) => ({ a, shared: allSentences(a.blocks as never).filter((s) => ours.some((o) => o.text === s.text)).length }))
  .sort((x, y) => y.shared - x.shared)[0]!.a;
const truthSentences = shipped.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
const ourText = new Set(ours.map((s) => s.text));
const exact = truthSentences.filter((s) => ourText.has(s.text));
const sameIds = truthSentences.filter((s) => ours.find((o) => o.id === s.id)?.text === s.text);
const headings = (bs: typeof blocks | typeof shipped.blocks) => bs.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);

console.log(`article: ${shipped.id} (dateline ${pasted.dateline ?? 'none'} split off: shipped dateline ${shipped.dateline})`);
console.log(`sentences: ${ours.length} from the splitter, ${truthSentences.length} in the shipped article`);
console.log(`  exact text matches: ${exact.length}/${truthSentences.length}; same id and text: ${sameIds.length}/${truthSentences.length}`);
console.log(`  headings: ${JSON.stringify(headings(blocks))} vs shipped ${JSON.stringify(headings(shipped.blocks))}`);
for (const s of truthSentences) if (!ourText.has(s.text)) console.log(`  missed: ${s.id} ${s.text.slice(0, 80)}`);

// what the shipped quizzes record per sentence
const truth = new Map<string, { parties: Set<string>; statuses: Set<Status> }>();
const at = (id: string) => {
  if (!truth.has(id)) truth.set(id, { parties: new Set(), statuses: new Set() });
  return truth.get(id)!;
};
let classifyItems = 0;
for (const quiz of content.quizzes.values()) {
  if (quiz.article !== shipped.id) continue;
  for (const party of quiz.claimMap) for (const claim of party.claims) for (const id of claim.sentences) {
    at(id).parties.add(party.party);
    at(id).statuses.add(claim.status);
  }
  for (const item of quiz.sections.flatMap((s) => s.items)) {
    if (item.type !== 'classify' || item.sentences.length !== 1) continue; // one sentence: the status is that sentence's
    classifyItems++;
    at(item.sentences[0]!).statuses.add(item.key);
  }
}
const truthParties = [...new Set([...truth.values()].flatMap((t) => [...t.parties]))];

// our parties → the shipped party names, by the words they share (the writer to the shipped "writer" party)
const words = (s: string) => new Set(s.toLowerCase().replace(/[’']s\b/g, '').split(/[^a-z]+/).filter((w) => w.length > 2).map((w) => w.replace(/s$/, '').replace(/i$/, '')));
const mapping = new Map<string, string | undefined>();
for (const party of result.parties) {
  const mine = new Set([party.name, ...party.phrases].flatMap((p) => [...words(p)]));
  const best = truthParties
    .map((t) => ({ t, score: party.role === 'writer' ? Number(/writer/i.test(t)) * 99 : [...words(t)].filter((w) => mine.has(w) && w !== 'the').length }))
    .sort((a, b) => b.score - a.score)[0];
  mapping.set(party.id, best && best.score > 0 ? best.t : undefined);
}
console.log('\nparties (ours → the shipped claim map):');
for (const p of result.parties) console.log(`  ${p.name} [${p.role}; ${p.phrases.join(' | ') || 'no phrase'}] → ${mapping.get(p.id) ?? '(none)'}`);

let partyRight = 0;
let statusRight = 0;
let judged = 0;
let singleStatus = 0;
let singleStatusRight = 0;
console.log('\nper sentence: ours vs shipped');
for (const s of truthSentences) {
  const t = truth.get(s.id);
  const mine = result.sentences.find((x) => x.text === s.text);
  if (!t || !mine) {
    console.log(`  ${s.id}: ${t ? 'not split the same' : 'no annotation in the shipped quizzes'}`);
    continue;
  }
  judged++;
  const party = mapping.get(mine.party);
  const pOk = party !== undefined && t.parties.has(party);
  const sOk = t.statuses.has(mine.suggestion.status);
  partyRight += Number(pOk);
  statusRight += Number(sOk);
  if (t.statuses.size === 1) {
    singleStatus++;
    singleStatusRight += Number(sOk);
  }
  console.log(`  ${pOk ? '✓' : '✗'}${sOk ? '✓' : '✗'} ${s.id}: ${party ?? mine.party} / ${mine.suggestion.status}  (shipped: ${[...t.parties].join(' + ')} / ${[...t.statuses].join(', ')})`);
}
console.log(`\nsentences the shipped quizzes annotate: ${judged} (claim maps, plus ${classifyItems} one-sentence classify items)`);
console.log(`party (attribution) matches one the shipped quizzes record for the sentence: ${partyRight}/${judged}`);
console.log(`status matches one the shipped quizzes record for the sentence: ${statusRight}/${judged}`);
console.log(`  on sentences with a single recorded status: ${singleStatusRight}/${singleStatus}`);

// The lexicon holds this article's own judging words (it was written with it in view). Without the words that
// occur in this article, what is left of the status figure is what the rules do alone.
const text = truthSentences.map((s) => s.text.toLowerCase()).join(' ');
const lexicon = loadLexicon();
const occurs = (w: string) => (w.endsWith('*') ? text.includes(w.slice(0, -1).toLowerCase()) : new RegExp(`\\b${w.toLowerCase()}\\b`).test(text));
const generic = { ...lexicon, labels: lexicon.labels.filter((l) => !occurs(l.word)), charged: lexicon.charged.filter((l) => !occurs(l.word)) };
const dropped = lexicon.labels.length - generic.labels.length;
const blind = annotateArticle(blocks, generic);
const blindRight = truthSentences.filter((s) => {
  const mine = blind.sentences.find((x) => x.text === s.text);
  return mine && truth.get(s.id)?.statuses.has(mine.suggestion.status);
}).length;
console.log(`status matches without the ${dropped} judging words of the lexicon that occur in this article: ${blindRight}/${judged}`);
