'use client';
// The parties, built by the assistant from who speaks in the article; the teacher renames them or adds one.
import { memo, useId, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftParty } from '@/lib/authoring/editor/state';
import styles from './editor.module.css';

export const PartyList = memo(function PartyList({ parties, dispatch }: { parties: DraftParty[]; dispatch: (a: EditorAction) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Parties</h2>
      <p className={teacher.hint}>
        Everyone the article quotes or reports. Rename one to correct it; the sentences above choose from this list.
      </p>
      <ul className={teacher.list}>
        {parties.map((p, i) => (
          <li key={p.id}>
            <label htmlFor={`${id}-${i}`}>Party {i + 1}</label>
            <input
              id={`${id}-${i}`}
              className={styles.input}
              value={p.name}
              maxLength={200}
              onChange={(e) => dispatch({ type: 'renameParty', id: p.id, name: e.target.value })}
            />
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <div className={teacher.field}>
          <label htmlFor={`${id}-new`}>New party</label>
          <input id={`${id}-new`} className={styles.input} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        <button
          type="button"
          className={styles.secondary}
          onClick={() => {
            dispatch({ type: 'addParty', name });
            setName('');
          }}
        >
          Add party
        </button>
      </div>
    </section>
  );
});
