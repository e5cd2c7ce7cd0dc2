// A handed-in attempt while more attempts may follow: which questions were right, partly right or wrong, and
// nothing that would give the answers away.
import type { QuestionVerdict } from '@/lib/quiz/correctness';

export function CorrectnessList({ verdicts }: { verdicts: QuestionVerdict[] }) {
  return (
    <ol>
      {verdicts.map((v) => (
        <li key={v.itemId}>
          {v.prompt} <strong>{v.verdict}</strong>
        </li>
      ))}
    </ol>
  );
}
