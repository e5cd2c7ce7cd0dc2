// Which misconception tags each kind of answer part may carry, and the words in the part that show the error.
// A tag feeds the teacher's misconception report: one the wrong answer cannot show is noise there.
import type { Misconception } from '../words';

// The part a tag sits on, named by what the student did wrong when the tag is counted.
export type PartKind =
  | 'choice' // chose a wrong option (single or multiple choice)
  | 'classify-verified' // called something verified that is not
  | 'classify-claim'
  | 'classify-disputed'
  | 'classify-opinion'
  | 'scope-overclaim' // said a finding proves a statement it does not
  | 'scope-underclaim' // said a finding does not prove what it does
  | 'highlight-decoy' // selected a tempting word that is neither attribution nor judgement
  | 'match-claim'; // paired a claim with the wrong party

const CREDULOUS: Record<Exclude<Misconception, 'both-sides-unknowable'>, string> = {
  'official-source': 'accepting it shows trust in an official speaker',
  'precise-number': 'accepting it shows trust in an exact-sounding figure or detail',
  'writer-verb': "accepting it shows trust in the writer's verb (confirmed, clarified, refuted, revealed)",
  'quoted-true': 'accepting it shows trust in quoted words',
  'agency-vouches': 'accepting it shows belief that an outlet vouches for what it reports',
  'debunk-true': 'accepting it shows trust in a debunk or denial',
  'photo-proves-caption': 'accepting it shows trust that a picture proves its caption',
};

export const ALLOWED_TAGS: Record<PartKind, Partial<Record<Misconception, string>>> = {
  choice: { ...CREDULOUS, 'both-sides-unknowable': 'choosing it shows giving up because the sides disagree' },
  'classify-verified': CREDULOUS,
  'classify-claim': {},
  'classify-disputed': {
    'both-sides-unknowable': 'calling an agreed point disputed shows that any disagreement feels like no knowledge',
  },
  'classify-opinion': {
    'both-sides-unknowable': 'calling a checkable fact opinion shows treating a contested point as unknowable',
  },
  'scope-overclaim': { ...CREDULOUS, 'both-sides-unknowable': 'agreeing that nothing can be known shows giving up' },
  'scope-underclaim': {},
  // picking a decoy shows a misread of attribution or judgement, not belief in a claim
  'highlight-decoy': {},
  // a wrong pairing shows a misread attribution; the per-claim counts show it without a tag
  'match-claim': {},
};

// Words that must appear in the part (or the options it is chosen from) for the tag to be the error shown.
export const TAG_CUES: Record<Misconception, RegExp> = {
  'official-source': /offici|government|security|authorit|ministry|foreign office|spokes|senior/i,
  'precise-number': /\d|precise|exact|specific|detail|names?\b|alias|count/i,
  'writer-verb': /confirm|clarif|refut|reveal|claimed|the writer|the word|verb/i,
  'quoted-true': /[“"]|quot/i,
  'agency-vouches': /\bAFP\b|\bAP\b|\bdpa\b|WION|agenc|outlet|reported|news/i,
  'debunk-true': /earthquake|recycl|fake|made up|debunk|dismiss|explanation|old|wrong/i,
  'photo-proves-caption': /photo|picture|image|caption/i,
  'both-sides-unknowable': /never|can't|cannot|nothing|unknow|give up|nobody can/i,
};
