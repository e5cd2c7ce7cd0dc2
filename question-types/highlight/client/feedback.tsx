import { Fragment, type ReactNode } from 'react';
import { findRun } from '@/lib/text/words';
import type { FeedbackProps } from '../../client-define';

const KIND = { attribution: 'Attribution', judgement: 'Judgement word' } as const;

// Word indexes of a phrase in the passage, found the way the grader finds them.
function span(words: string[], phrase: string): number[] {
  const start = findRun(words, phrase);
  return start < 0 ? [] : phrase.split(/\s+/).map((_, i) => start + i);
}

// Where a selected run of stray words sits: the first unused place outside the targets where it fits exactly.
function locate(words: string[], run: string, taken: Set<number>): number[] {
  const want = run.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    const at = want.map((_, j) => i + j);
    if (want.every((w, j) => words[i + j] === w) && at.every((k) => !taken.has(k))) return at;
  }
  return [];
}

function Passage({ words, marked, chosen }: { words: string[]; marked: Set<number>; chosen: Set<number> }) {
  const parts: ReactNode[] = [];
  for (let i = 0; i < words.length; ) {
    const inMark = marked.has(i);
    let end = i;
    while (end < words.length && marked.has(end) === inMark) end++;
    const run = words.slice(i, end).map((w, k) => (
      <Fragment key={k}>
        {k > 0 ? ' ' : null}
        {chosen.has(i + k) ? <span className="hl-chosen">{w}</span> : w}
      </Fragment>
    ));
    parts.push(<Fragment key={i}>{i > 0 ? ' ' : null}{inMark ? <mark>{run}</mark> : run}</Fragment>);
    i = end;
  }
  return <p className="hl-review">{parts}</p>;
}

export function HighlightFeedback({ item, feedback }: FeedbackProps<'highlight'>) {
  const words = item.words;
  const marked = new Set(feedback.targets.flatMap((t) => span(words, t.text)));
  const chosen = new Set(feedback.selected);
  const decoyWords = new Set(feedback.decoys.flatMap((d) => span(words, d.text)));
  const taken = new Set(marked);
  const strays = feedback.strayWords.map((run) => {
    const at = locate(words, run, taken);
    at.forEach((w) => taken.add(w));
    return { run, decoy: at.some((w) => decoyWords.has(w)) };
  });
  const others = strays.some((s) => !s.decoy) ? strays.filter((s) => !s.decoy) : strays;
  return (
    <>
      <h3>The words to find</h3>
      <ul>
        {feedback.targets.map((t) => (
          <li key={t.id}>
            <strong>“{t.text}”</strong> <span className="tag neutral">{KIND[t.kind]}</span>{' '}
            {t.found ? <span className="tag good">You found it</span> : <span className="tag bad">You missed it</span>}
            <br />
            {t.feedback}
          </li>
        ))}
      </ul>
      {feedback.decoys.length > 0 ? (
        <>
          <h3>Tempting words you selected</h3>
          <ul>
            {feedback.decoys.map((d) => (
              <li key={d.id}>
                <strong>“{d.text}”</strong> <span className="tag bad">Your answer: not a target</span>
                <br />
                {d.feedback}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {feedback.otherFeedback ? (
        <>
          <h3>Other words you selected</h3>
          <p>
            {others.map((s) => `“${s.run}”`).join(', ')} <span className="tag bad">Your answer: not a target</span>
          </p>
          <p>{feedback.otherFeedback}</p>
        </>
      ) : null}
      <h3>The passage again</h3>
      <p className="small muted">
        <mark>Marked</mark>: the words to find. <span className="hl-chosen">Underlined</span>: the words you selected.
      </p>
      <Passage words={words} marked={marked} chosen={chosen} />
    </>
  );
}
