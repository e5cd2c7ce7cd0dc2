'use client';
// One sentence: its text, what the assistant found in it, its suggestion with the reason, and the teacher's
// choices (who says it, what kind of statement it is, whether it asserts anything checkable); merge and split.
import { useTranslations } from '#i18n/use-translations';
import { memo, useId, useState } from 'react';
import type { Status } from '@/content/words';
import statuses from '@/content/vocabulary/statuses.json';
import teacher from '@/components/teacher/teacher.module.css';
import type { SentenceHint } from '@/lib/authoring/editor/hints';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftParty, DraftStateSentence } from '@/lib/authoring/editor/state';
import styles from './editor.module.css';
import { StatusOptions } from './status-options';
import { CONTENT } from './text-field';

interface Props {
  number: number;
  text: string;
  choice: DraftStateSentence;
  hint: SentenceHint | undefined;
  parties: DraftParty[];
  last: boolean;
  busy: boolean;
  dispatch: (a: EditorAction) => void;
  onMerge: (id: string) => void;
  onSplit: (id: string, offset: number) => void;
}

const label = (s: Status) => statuses[s].label;
const list = (xs: string[]) => xs.map((x) => `“${x}”`).join(', ');

function Found({ hint, parties }: { hint: SentenceHint; parties: DraftParty[] }) {
  const t = useTranslations('editor.sentences');
  const suggested = parties.find((p) => p.id === hint.party)?.name ?? hint.party;
  const rows: Array<[string, string]> = [];
  const said = { speaker: hint.speaker ?? '', verb: hint.verb ?? '' };
  if (hint.speaker) rows.push([t('speaker'), hint.via ? t('speakerVia', { ...said, via: hint.via }) : t('speakerSaid', said)]);
  else if (hint.inheritedFrom) rows.push([t('speaker'), t('continues', { sentence: hint.inheritedFrom })]);
  if (hint.hedges.length) rows.push([t('hedges'), list(hint.hedges)]);
  if (hint.numbers.length) rows.push([t('numbers'), list(hint.numbers)]);
  if (hint.names.length) rows.push([t('names'), list(hint.names)]);
  if (hint.loaded.length) rows.push([t('loaded'), list(hint.loaded)]);
  // the reason is in the teacher's language (translated on the server); the status word is the shared vocabulary's
  rows.push([t('suggested'), t('suggestion', { party: suggested, status: label(hint.status), reason: hint.reason })]);
  return (
    <ul className={styles.found}>
      {rows.map(([k, v]) => (
        <li key={k}>
          <strong>{k}:</strong> {v}
        </li>
      ))}
    </ul>
  );
}

export const SentenceRow = memo(function SentenceRow({
  number,
  text,
  choice,
  hint,
  parties,
  last,
  busy,
  dispatch,
  onMerge,
  onSplit,
}: Props) {
  const t = useTranslations('editor.sentences');
  const id = useId();
  const words = text.split(/\s+/);
  const [cut, setCut] = useState(1);
  const offsets = words.map((_, i) => words.slice(0, i).join(' ').length);
  return (
    <fieldset className={styles.sentence} id={`sentence-${choice.id}`}>
      <legend>
        {t('legend', { number })} <span className={styles.sentenceId}>{t('id', { id: choice.id })}</span>
      </legend>
      <p className={styles.quote} {...CONTENT}>
        {text}
      </p>
      {hint ? <Found hint={hint} parties={parties} /> : null}
      <div className={styles.row}>
        <div className={teacher.field}>
          <label htmlFor={`${id}-party`}>{t('whoSays')}</label>
          {/* the parties' names and the sentence's words are the article's, in its language */}
          <select
            id={`${id}-party`}
            {...CONTENT}
            value={choice.party ?? ''}
            onChange={(e) => dispatch({ type: 'sentence', id: choice.id, patch: { party: e.target.value } })}
          >
            {choice.party ? null : <option value="">{t('choose')}</option>}
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className={teacher.field}>
          <label htmlFor={`${id}-status`}>{t('status')}</label>
          <select
            id={`${id}-status`}
            value={choice.status ?? ''}
            onChange={(e) => dispatch({ type: 'sentence', id: choice.id, patch: { status: e.target.value as Status } })}
          >
            {choice.status ? null : <option value="">{t('choose')}</option>}
            <StatusOptions />
          </select>
        </div>
        <label className={teacher.choice}>
          <input
            type="checkbox"
            checked={choice.claim}
            onChange={(e) => dispatch({ type: 'sentence', id: choice.id, patch: { claim: e.target.checked } })}
          />
          {t('claim')}
        </label>
      </div>
      <div className={styles.row}>
        {last ? null : (
          <button type="button" className={styles.secondary} disabled={busy} onClick={() => onMerge(choice.id)}>
            {t('join')}
          </button>
        )}
        {words.length > 1 ? (
          <>
            <div className={teacher.field}>
              <label htmlFor={`${id}-cut`}>{t('splitBefore')}</label>
              <select id={`${id}-cut`} {...CONTENT} value={cut} onChange={(e) => setCut(Number(e.target.value))}>
                {words.slice(1).map((w, i) => (
                  <option key={i + 1} value={i + 1}>
                    {i + 2}. {w}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className={styles.secondary} disabled={busy} onClick={() => onSplit(choice.id, offsets[cut]!)}>
              {t('splitHere')}
            </button>
          </>
        ) : null}
      </div>
    </fieldset>
  );
});
