// The status words as <option>s, labelled from the shared vocabulary: the sentence rows' and the classify form's.
import { STATUSES, type Status } from '@/content/words';
import statuses from '@/content/vocabulary/statuses.json';

export const statusLabel = (s: string) => statuses[s as Status]?.label ?? s;

export function StatusOptions() {
  return STATUSES.map((s) => (
    <option key={s} value={s}>
      {statusLabel(s)}
    </option>
  ));
}
