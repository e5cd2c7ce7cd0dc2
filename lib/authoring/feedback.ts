// Feedback templates for drafted items, one per (right answer, chosen answer) and tied to the misconception the wrong
// choice shows (the list in content/words.ts). Each says how a careful fact-checker reasons; the teacher edits them.
import type { Misconception, Status } from '@/content/words';

/** Marks the parts of a draft the teacher still has to write; the editor can flag any text that contains it. */
export const TO_WRITE = '[write:';
export const toWrite = (what: string) => `${TO_WRITE} ${what}]`;

export interface Facts {
  party: string; // who says it, as the teacher named the party ("the writer" for the writer's own voice)
  writer: boolean;
  official: boolean; // the party is an official or government source
  quoted: boolean;
  numbers: string[]; // "over 71", "46"
  sideTakingVerbs: string[]; // "confirmed", "refuted" in the writer's framing
  via?: string; // reported through: "AFP"
  labels: string[]; // judging words
  contradictor?: string; // the party that contradicts it, with the sentence id: "Pakistani officials (p8-s1)"
}

export interface Choice {
  feedback: string;
  misconception?: Misconception;
}

const q = (w: string) => `“${w}”`;

// Why a student might wrongly call a claim or disputed claim verified: name the trap this sentence sets.
function overTrust(f: Facts): Choice {
  if (f.via) return { feedback: `${f.via} reported the statement; that does not mean ${f.via} checked it. A news agency passes on what a party said.`, misconception: 'agency-vouches' };
  if (f.sideTakingVerbs.length && f.writer) return { feedback: `The writer's verb ${q(f.sideTakingVerbs[0]!)} makes it sound settled, but nobody independent is shown checking it.`, misconception: 'writer-verb' };
  if (f.numbers.length) return { feedback: `A precise figure (${q(f.numbers[0]!)}) sounds checked, but precision is not evidence: who counted, and how?`, misconception: 'precise-number' };
  if (f.quoted) return { feedback: `The words are quoted accurately, but a quote shows only that ${f.party} said it, not that it is true.`, misconception: 'quoted-true' };
  if (f.official) return { feedback: `${cap(f.party)} may be in a position to know, but being official is not the same as being checked: nobody else in the article confirms it.`, misconception: 'official-source' };
  return { feedback: `Nothing in the article checks it: only ${f.party} says so. Verified needs both sides agreeing or a record you can check outside the article.` };
}

export function classifyFeedback(key: Status, chosen: Status, f: Facts): Choice {
  const who = f.writer ? 'the writer, with no source named' : f.party;
  if (key === chosen) {
    switch (key) {
      case 'verified':
        return { feedback: `Yes. This can be checked outside the article, or both sides agree on it. Note what that does not settle: being verified says nothing about the other claims around it.` };
      case 'claim':
        return { feedback: `Yes. It is asserted by ${who}, and nobody else in the article confirms or contradicts it: a claim until someone checks it.` };
      case 'disputed':
        return { feedback: `Yes. ${cap(who)} says it${f.contradictor ? `, and ${f.contradictor} contradicts it` : ', and another party in the article contradicts it'}: a disputed claim that only independent evidence can settle.` };
      case 'opinion':
        return { feedback: `Yes. ${f.labels.length ? `${q(f.labels[0]!)} judges rather than describes` : 'It judges, forecasts or demands rather than reports'}: no evidence could prove it. Look for the checkable fact underneath, if there is one.` };
    }
  }
  if (chosen === 'verified') {
    if (key === 'opinion') return f.quoted ? { feedback: `Quoting a judgement accurately does not make it true: ${cap(f.party)} really said it, but it is still a judgement.`, misconception: 'quoted-true' } : { feedback: `A judgement cannot be verified: ${f.labels.length ? q(f.labels[0]!) : 'it'} expresses a view, whoever holds it.`, misconception: f.official ? 'official-source' : undefined };
    return overTrust(f);
  }
  if (key === 'verified') {
    if (chosen === 'claim') return { feedback: `It appears in the article, but it is not one party's say-so: it can be checked outside the article, or both sides agree on it.` };
    if (chosen === 'disputed') return { feedback: `Nobody in the article questions this: a dispute needs someone who contradicts it.` };
    return { feedback: `There is no value judgement here: it is a plain, checkable fact.` };
  }
  if (key === 'claim') {
    if (chosen === 'disputed') return { feedback: `Nobody in the article contradicts it. Without a contradiction it is an unchecked claim, not a disputed one.` };
    return { feedback: `Whether this is so is checkable in principle: it is a claim about facts, not a value judgement. Ask who could check it.` };
  }
  if (key === 'disputed') {
    if (chosen === 'claim') return { feedback: `Close: it is a claim, but ${f.contradictor ?? 'another party in the article'} contradicts it, and that makes it a disputed claim.` };
    return { feedback: `The disagreement is about facts that evidence could settle, not a matter of taste. Two sides disagreeing does not make the question unanswerable.`, misconception: 'both-sides-unknowable' };
  }
  // key opinion
  if (chosen === 'claim') return { feedback: `There may be a checkable part, but ${f.labels.length ? q(f.labels[0]!) : 'the wording'} judges: no evidence could prove a verdict like that.` };
  return { feedback: `Others may disagree, but a label or a forecast cannot be settled by evidence either way: it is an opinion, not a disputed fact.` };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
