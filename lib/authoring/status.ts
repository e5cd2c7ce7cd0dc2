// The suggested status word for a sentence, with the reason in words a teacher can check. "Verified" is never
// suggested: nothing inside one article can establish it (it needs both sides agreeing or an outside record), so
// the teacher sets it. The order matters: a judging word or a vow makes a sentence an opinion even when it is also
// disputed, because that is the first thing a student should notice about it.
import type { Status } from '@/content/words';
import type { Detected } from './detect';
import { msg, type Msg } from './messages';
import type { Party } from './parties';

export interface StatusSuggestion {
  status: Status;
  reason: Msg[]; // read as one text: the reason, then any notes (the writer's verb, who reported it)
}

export interface DisputeContext {
  disputedParties: Map<string, { by: string; sentence: string }>; // party id → who contradicts it, and where
  topics: Map<string, { sentence: string; words: string }>; // stem → the sentence that disputes it
}

const quoteList = (words: string[]) => [...new Set(words.map((w) => `“${w}”`))].join(', ');

export function suggestStatus(d: Detected, party: Party, ctx: DisputeContext, stems: string[], sentenceId: string): StatusSuggestion {
  // the writer is named in the teacher's language; any other party by its name in the article
  const who = party.role === 'writer' ? { who: 'writer', name: '' } : { who: 'party', name: cap(party.name) };
  if (d.labels.length) {
    const words = { words: quoteList(d.labels.map((l) => l.text)), count: d.labels.length };
    const note = d.labels[0]!.note;
    return { status: 'opinion', reason: [note ? msg('reason.labelsNoted', { ...words, note }) : msg('reason.labels', words)] };
  }
  if (d.forecasts.length) {
    return { status: 'opinion', reason: [msg('reason.forecast', { words: quoteList(d.forecasts.map((f) => f.text)) })] };
  }
  if (d.contradictedBy) {
    return { status: 'disputed', reason: [msg('reason.rejectedHere', { ...who, by: d.contradictedBy.text })] };
  }
  if (d.contradicts) {
    const target = d.contradicts.target;
    return { status: 'disputed', reason: [target ? msg('reason.contradicts', { ...who, target }) : msg('reason.contradictsAnother', who)] };
  }
  const against = ctx.disputedParties.get(party.id);
  if (against && against.sentence !== sentenceId) {
    return { status: 'disputed', reason: [msg('reason.contradicted', { name: party.name, by: against.by, sentence: against.sentence }), ...via(d)] };
  }
  const topic = stems.map((s) => ctx.topics.get(s)).find((t) => t && t.sentence !== sentenceId);
  if (topic) {
    return { status: 'disputed', reason: [msg('reason.topic', { words: topic.words, sentence: topic.sentence })] };
  }
  if (party.role === 'writer') {
    const side = d.sideTakingVerbs.length ? [msg('reason.writerVerb', { verbs: quoteList(d.sideTakingVerbs.map((v) => v.text)) })] : [];
    if (d.hedges.length) {
      return { status: 'claim', reason: [msg('reason.hedged', { hedges: quoteList(d.hedges.map((h) => h.text)) }), ...side] };
    }
    return { status: 'claim', reason: [msg('reason.writer'), ...side] };
  }
  const side = d.sideTakingVerbs.length ? [msg('reason.partyVerb', { verbs: quoteList(d.sideTakingVerbs.map((v) => v.text)) })] : [];
  return { status: 'claim', reason: [msg('reason.attributed', { name: party.name }), ...side, ...via(d)] };
}

const via = (d: Detected): Msg[] => (d.speaker?.via ? [msg('reason.via', { via: d.speaker.via.text })] : []);

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
