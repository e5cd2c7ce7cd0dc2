// A handed-in attempt while more attempts may follow: which questions were right, partly right or wrong, and
// nothing that would give the answers away.
import { useTranslations } from '#i18n/use-translations';
import type { QuestionVerdict, Verdict } from '@/lib/quiz/correctness';

const KEYS: Record<Verdict, string> = {
  right: 'right',
  'partly right': 'partly',
  wrong: 'wrong',
  'to be rated': 'toRate',
  'not answered': 'notAnswered',
};

export function CorrectnessList({ verdicts }: { verdicts: QuestionVerdict[] }) {
  const t = useTranslations('results.verdict');
  return (
    <ol>
      {verdicts.map((v) => (
        <li key={v.itemId}>
          <span lang="en" dir="ltr">{v.prompt}</span> <strong>{t(KEYS[v.verdict])}</strong>
        </li>
      ))}
    </ol>
  );
}
