// The marks on an answer in feedback: each says what it is in words, with a mark beside the colour, so nothing is told
// by colour alone and a screen reader hears "Your answer: wrong" where a sighted student sees ✗.
export type AnswerVerdict = 'right' | 'part' | 'wrong';

const MARK: Record<AnswerVerdict, string> = { right: '✓', part: '◐', wrong: '✗' };
const WORDS: Record<AnswerVerdict, string> = { right: 'right', part: 'partly right', wrong: 'wrong' };
const CLASS: Record<AnswerVerdict, string> = { right: 'good', part: 'part', wrong: 'bad' };

export function YourAnswerTag({ verdict }: { verdict: AnswerVerdict }) {
  return (
    <span className={`tag ${CLASS[verdict]}`}>
      <span aria-hidden="true">{MARK[verdict]} </span>Your answer: {WORDS[verdict]}
    </span>
  );
}

export function RightAnswerTag() {
  return (
    <span className="tag good">
      <span aria-hidden="true">✓ </span>Right answer
    </span>
  );
}

export function NoAnswerTag() {
  return <span className="tag neutral">No answer</span>;
}
