// Every number the content lint judges a quiz by, with the reason for it. Change a limit here, nowhere else.
export const THRESHOLDS = {
  // With four options a key is the longest one time in four by chance; a bank where it is the longest far more
  // often teaches students to pick the longest option.
  longestKeyShareMax: { value: 0.4, why: 'chance is about 25% with four options; above 40% length gives the key away' },
  // Keys written with more care grow longer than distractors; outside this band length alone points at the key.
  keyLengthRatio: { min: 0.8, max: 1.2, why: 'mean key length over mean distractor length; outside 0.8–1.2 length is a cue' },
  // Absolute words ("must", "never", "prove") in distractors only, and hedges in keys only, are classic test-wise cues.
  absoluteAsymmetryMax: { value: 0.15, why: 'share of distractors with an absolute word minus share of keys with one' },
  hedgeAsymmetryMax: { value: 0.15, why: 'share of keys with a hedge or a two-part "X; but Y" minus share of distractors' },
  // A student who never reads the article must not beat guessing by much, per question type.
  testWiseMarginMax: { value: 0.1, why: 'a surface-feature strategy must score within 10 percentage points of chance per type (below chance is a cue too: avoid what it picks)' },
  // A share over one or two items is 0, 50 or 100%: too coarse to judge a type's test-wise score or constant answer
  // on. The form-of-options measures above still count those items.
  minItemsPerType: { value: 3, why: 'fewer than three items (scope: statements) of a type give a share too coarse to judge' },
  // The best single answer given to every classify or scope part must not beat guessing by much either.
  constantMarginMax: { value: 0.1, why: 'the best constant answer may beat chance by at most 10 percentage points' },
  // A surface rule (quoted word, number, absolute word) that picks the answer where it fires is a cue; judged only when
  // it fires often enough to be learned.
  ruleMarginMax: { value: 0.25, why: 'the best answer where a rule fires may beat chance by at most 25 points' },
  ruleMinFires: { value: 3, why: 'a rule that fires fewer than three times in a quiz cannot be learned from it' },
  // Reading load for 12-year-olds and up.
  promptWordsMax: { value: 35, why: 'a prompt over 35 words is a reading test before it is a question' },
  feedbackWordsMax: { value: 40, why: 'the verdict shown first is short; the full reasoning is one tap away' },
  gradeMaxPerText: { value: 12, why: 'Flesch-Kincaid grade above 12 in one prompt or verdict is too hard for 12 to 18' },
  gradeMeanMax: { value: 8.5, why: 'mean Flesch-Kincaid grade of prompts and verdicts: a 13-year-old reads at grade 7–8' },
} as const;
