'use client';
// The parties, built by the assistant from who speaks in the article; the teacher renames them or adds one.
import { useTranslations } from '#i18n/use-translations';
import { memo, useId, useState } from 'react';
import teacher from '@/components/teacher/teacher.module.css';
import type { EditorAction } from '@/lib/authoring/editor/reducer';
import type { DraftParty } from '@/lib/authoring/editor/state';
import styles from './editor.module.css';
import { CONTENT } from './text-field';

export const PartyList = memo(function PartyList({ parties, dispatch }: { parties: DraftParty[]; dispatch: (a: EditorAction) => void }) {
  const t = useTranslations('editor.parties');
  const id = useId();
  const [name, setName] = useState('');
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('heading')}</h2>
      <p className={teacher.hint}>{t('hint')}</p>
      <ul className={teacher.list}>
        {parties.map((p, i) => (
          <li key={p.id}>
            <label htmlFor={`${id}-${i}`}>{t('party', { number: i + 1 })}</label>
            <input
              id={`${id}-${i}`}
              className={styles.input}
              {...CONTENT}
              value={p.name}
              maxLength={200}
              onChange={(e) => dispatch({ type: 'renameParty', id: p.id, name: e.target.value })}
            />
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <div className={teacher.field}>
          <label htmlFor={`${id}-new`}>{t('new')}</label>
          <input
            id={`${id}-new`}
            className={styles.input}
            {...CONTENT}
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button
          type="button"
          className={styles.secondary}
          onClick={() => {
            dispatch({ type: 'addParty', name });
            setName('');
          }}
        >
          {t('add')}
        </button>
      </div>
    </section>
  );
});
