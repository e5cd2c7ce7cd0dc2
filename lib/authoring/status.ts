// The suggested status word for a sentence, with the reason in words a teacher can check. "Verified" is never
// suggested: nothing inside one article can establish it (it needs both sides agreeing or an outside record), so
// the teacher sets it. The order matters: a judging word or a vow makes a sentence an opinion even when it is also
// disputed, because that is the first thing a student should notice about it.
import type { Status } from '@/content/words';
import type { Detected } from './detect';
import type { Party } from './parties';

export interface StatusSuggestion {
  status: Status;
  reason: string;
}

export interface DisputeContext {
  disputedParties: Map<string, { by: string; sentence: string }>; // party id → who contradicts it, and where
  topics: Map<string, { sentence: string; words: string }>; // stem → the sentence that disputes it
}

const quoteList = (words: string[]) => [...new Set(words.map((w) => `“${w}”`))].join(', ');

export function suggestStatus(d: Detected, party: Party, ctx: DisputeContext, stems: string[], sentenceId: string): StatusSuggestion {
  const who = party.role === 'writer' ? 'the writer' : party.name;
  if (d.labels.length) {
    const note = d.labels[0]!.note ? ` (${d.labels[0]!.note})` : '';
    return { status: 'opinion', reason: `Uses ${quoteList(d.labels.map((l) => l.text))}, ${d.labels.length > 1 ? 'words that judge' : 'a word that judges'}${note}. Set the label aside: any factual part still needs checking.` };
  }
  if (d.forecasts.length) {
    return { status: 'opinion', reason: `A forecast, demand or vow (${quoteList(d.forecasts.map((f) => f.text))}): only later events can test it.` };
  }
  if (d.contradictedBy) {
    return { status: 'disputed', reason: `${cap(who)} says so, and the same sentence says ${d.contradictedBy.text} rejected it: one party's claim that another contradicts.` };
  }
  if (d.contradicts) {
    const target = d.contradicts.target ? `${d.contradicts.target}’s account` : 'another account';
    return { status: 'disputed', reason: `${cap(who)} contradicts ${target}: the two sides disagree, and nobody independent settles it in the article.` };
  }
  const against = ctx.disputedParties.get(party.id);
  if (against && against.sentence !== sentenceId) {
    return { status: 'disputed', reason: `A claim by ${party.name} that ${against.by} contradicts (${against.sentence}).${via(d)}` };
  }
  const topic = stems.map((s) => ctx.topics.get(s)).find((t) => t && t.sentence !== sentenceId);
  if (topic) {
    return { status: 'disputed', reason: `It is about ${topic.words}, on which the article's parties disagree (${topic.sentence}).` };
  }
  if (party.role === 'writer') {
    const side = d.sideTakingVerbs.length ? ` The verb ${quoteList(d.sideTakingVerbs.map((v) => v.text))} makes it sound settled, but nobody is shown checking it.` : '';
    if (d.hedges.length) {
      return { status: 'claim', reason: `${cap(quoteList(d.hedges.map((h) => h.text)))} passes it on without saying who said it: a claim until you find the source.${side}` };
    }
    return { status: 'claim', reason: `Stated in the writer's voice with no source named: a claim until you find who the writer relies on.${side}` };
  }
  const side = d.sideTakingVerbs.length ? ` The writer's verb ${quoteList(d.sideTakingVerbs.map((v) => v.text))} does not check it.` : '';
  return { status: 'claim', reason: `Attributed to one party (${party.name}), not confirmed by another.${side}${via(d)}` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const via = (d: Detected) =>
  d.speaker?.via ? ` That ${d.speaker.via.text} reported the statement is checkable outside the article; the content is not.` : '';
