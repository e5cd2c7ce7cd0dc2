// Every number the content lint judges a quiz by. Change a limit here, nowhere else. The reason for each, as a teacher
// reads it, is lint.why.<name> in messages/<locale>/lint.json (and says the number: change both).
export const THRESHOLDS = {
  // With four options a key is the longest one time in four by chance; a bank where it is the longest far more
  // often teaches students to pick the longest option.
  longestKeyShareMax: { value: 0.4 },
  // Keys written with more care grow longer than distractors; outside this band length alone points at the key.
  keyLengthRatio: { min: 0.8, max: 1.2 },
  // Absolute words ("must", "never", "prove") in distractors only, and hedges in keys only, are classic test-wise cues.
  absoluteAsymmetryMax: { value: 0.15 },
  hedgeAsymmetryMax: { value: 0.15 },
  // A student who never reads the article must not beat guessing by much, per question type.
  testWiseMarginMax: { value: 0.1 },
  // A share over one or two items is 0, 50 or 100%: too coarse to judge a type's test-wise score or constant answer
  // on. The form-of-options measures above still count those items.
  minItemsPerType: { value: 3 },
  // The best single answer given to every classify or scope part must not beat guessing by much either.
  constantMarginMax: { value: 0.1 },
  // A surface rule (quoted word, number, absolute word) that picks the answer where it fires is a cue; judged only when
  // it fires often enough to be learned.
  ruleMarginMax: { value: 0.25 },
  ruleMinFires: { value: 3 },
  // Reading load for 12-year-olds and up.
  promptWordsMax: { value: 35 },
  feedbackWordsMax: { value: 40 },
  gradeMaxPerText: { value: 12 },
  gradeMeanMax: { value: 8.5 },
} as const;
