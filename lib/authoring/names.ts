// Named people, organisations and places: runs of capitalised words, typed by the words in and around them.
import { span, type Span } from './span';

export interface NameMention extends Span {
  kind: 'person' | 'organisation' | 'place' | 'other';
}

const ORG_WORD = /\b(?:government|ministry|army|police|agency|cell|media|party|council|office|university|college|school|hospital|committee|forces|front|movement|network|group|news|times|post|press|gazette|herald|tribune|journal|bank|court|commission|nations|union|institute|foundation|company|authority|association|service|department|board|bureau|corporation|trust|federation|league|club|church)\b/iu;
const TITLE = /^(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|President|Minister|General|Colonel)\.?\s/;
const PLACE_BEFORE = /\b(?:in|from|across|into|near|inside|at|to)\s+$/i;
const PLACE_AFTER = /^\s+(?:province|city|district|region|county|state|valley|border|capital)\b/i;
const LEADING_FUNCTION_WORD = /^(?:The|A|An|This|These|Those|That|According|Despite|After|Before|When|While|But|And|However|In|On|At)\s+/;
const DETERMINER_WORD = /^(?:The|A|An|This|These|Those)\s+/;
// a word stops before a possessive "’s", so "Afghanistan’s Paktika province" gives two names
const NAME_WORD = "(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Capt|Lt|Sgt|Sen|Rep|Gov|St)\\.|\\p{Lu}\\.(?=\\s+\\p{Lu})|\\p{Lu}[\\p{L}\\p{M}-]*(?:['’](?!s\\b)\\p{L}+)*)";
const CAPITAL_RUN = new RegExp(`(?<![\\p{L}\\p{N}’'-])${NAME_WORD}(?:\\s+(?:(?:al|bin|ibn|de|van|von|ul)\\s+)?${NAME_WORD})*`, 'gu');

/** Names: runs of capitalised words. A word capitalised only because it starts the sentence counts when the article
 * also capitalises it elsewhere (`knownNames`). */
export function findNames(text: string, knownNames: Set<string>): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(CAPITAL_RUN)) {
    let start = m.index;
    let run = m[0];
    const atStart = !/[\p{L}\p{N}]/u.test(text.slice(0, start));
    if (atStart) {
      const lead = LEADING_FUNCTION_WORD.exec(run);
      if (lead && !knownNames.has(run.split(/\s+/)[0]!)) {
        start += lead[0].length;
        run = run.slice(lead[0].length);
      }
      if (!run.includes(' ') && !knownNames.has(run) && !/^\p{Lu}{2,}$/u.test(run)) continue;
    }
    const article = DETERMINER_WORD.exec(run);
    if (article && run.length > article[0].length) {
      start += article[0].length;
      run = run.slice(article[0].length);
    }
    if (!run) continue;
    const before = text.slice(0, start);
    const after = text.slice(start + run.length);
    let kind: NameMention['kind'] = 'other';
    const single = !run.includes(' ');
    if (/^\p{Lu}{2,}$/u.test(run) || ORG_WORD.test(run)) kind = 'organisation';
    else if (PLACE_AFTER.test(after)) kind = 'place';
    else if (single && /(?:i|an|ese|ish)$/.test(run) && !run.endsWith('stan') && /^\s+\p{Ll}/u.test(after)) continue; // "Afghan soil": an adjective
    else if (single && PLACE_BEFORE.test(before)) kind = 'place';
    else if (!single || TITLE.test(run) || /\balias\s+$/i.test(before) || /^\s+alias\b/i.test(after)) kind = 'person';
    out.push({ ...span(text, start, start + run.length), kind });
  }
  return out;
}

/** Words capitalised in the middle of a sentence somewhere in the article: names, not sentence openings. */
export function capitalisedMidSentence(sentences: string[]): Set<string> {
  const known = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(/(?<=[\p{L}\p{N},;:]\s+)\p{Lu}[\p{L}\p{M}-]*/gu)) known.add(m[0]);
  }
  return known;
}

