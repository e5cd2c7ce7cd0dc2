// Every option's feedback for one item, whatever its type, with the misconception each distractor stands for.
import type { Item, Misconception } from '@/content/schema';
import { MISCONCEPTION_LABELS, STATUS_LABELS } from '@/lib/quiz/vocabulary';
import styles from './guide.module.css';
import { formatItemPoints } from '@/lib/quiz/points';

// a defensible alternative earns part of the point
const creditLabel = (credit: number | undefined) => (credit ? `Partly (${formatItemPoints(credit)} point)` : 'No');

interface Row {
  key: string;
  choice: string;
  right: string;
  feedback: string;
  misconception?: Misconception | undefined;
}

function rows(item: Item): { choiceHeading: string; rightHeading: string; rows: Row[] } {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const keys: string[] = item.type === 'single' ? [item.key] : item.key;
      return {
        choiceHeading: 'Option',
        rightHeading: 'Right?',
        rows: item.options.map((o) => ({ key: o.id, choice: o.text, right: keys.includes(o.id) ? 'Yes' : creditLabel('credit' in o ? o.credit : undefined), feedback: o.feedback, misconception: o.misconception })),
      };
    }
    case 'classify':
      return {
        choiceHeading: 'Status word',
        rightHeading: 'Right?',
        rows: item.options.map((o) => ({ key: o.id, choice: STATUS_LABELS[o.id].label, right: o.id === item.key ? 'Yes' : creditLabel(o.credit), feedback: o.feedback, misconception: o.misconception })),
      };
    case 'highlight':
      return {
        choiceHeading: 'Words',
        rightHeading: 'Select?',
        rows: [
          ...item.targets.map((t) => ({ key: t.id, choice: `“${t.text}”`, right: `Yes (${t.kind === 'attribution' ? 'attribution' : 'judging word'})`, feedback: t.feedback })),
          ...item.decoys.map((d) => ({ key: d.id, choice: `“${d.text}”`, right: 'No (tempting)', feedback: d.feedback, misconception: d.misconception })),
          { key: '(other)', choice: 'Any other word', right: 'No', feedback: item.otherFeedback },
        ],
      };
    case 'match':
      return {
        choiceHeading: 'Claim',
        rightHeading: 'Made by',
        rows: item.claims.map((c) => ({ key: c.id, choice: `“${c.text}”`, right: item.parties.find((p) => p.id === c.party)?.name ?? c.party, feedback: c.feedback, misconception: c.misconception })),
      };
    case 'order': {
      const steps = item.key.map((id) => item.steps.find((s) => s.id === id)).filter((s) => s !== undefined);
      return {
        choiceHeading: 'Step',
        rightHeading: 'Place',
        rows: steps.map((s, i) => ({ key: s.id, choice: s.text, right: String(i + 1), feedback: s.feedback })),
      };
    }
    case 'scope':
      return {
        choiceHeading: 'Statement',
        rightHeading: 'Proved by the finding?',
        rows: item.statements.map((s) => ({ key: s.id, choice: `“${s.text}”`, right: s.proves ? 'Yes' : 'No', feedback: s.feedback, misconception: s.misconception })),
      };
    case 'written':
      return {
        choiceHeading: 'Rubric level',
        rightHeading: 'Label',
        rows: item.rubric.map((r) => ({ key: String(r.level), choice: String(r.level), right: r.label, feedback: r.description })),
      };
  }
}

export function ItemFeedbackTable({ item, number }: { item: Item; number: number }) {
  const t = rows(item);
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.label}>
          {item.type === 'written' ? `Question ${number}: rubric` : `Question ${number}: feedback for every answer`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.choiceHeading}</th>
            <th scope="col">{t.rightHeading}</th>
            <th scope="col">{item.type === 'written' ? 'What it looks like' : 'Feedback the student sees'}</th>
            {item.type === 'written' ? null : <th scope="col">Misconception</th>}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.choice}</th>
              <td>{r.right}</td>
              <td>{r.feedback}</td>
              {item.type === 'written' ? null : <td>{r.misconception ? MISCONCEPTION_LABELS[r.misconception].label : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
