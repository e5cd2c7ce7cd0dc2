'use client';
// The join link in a box a teacher can select and copy, with a button that copies it; without the clipboard
// (old browser, no permission) the text stays selected so Ctrl+C works and the message says so.
import { useId, useRef, useState } from 'react';
import styles from './teacher.module.css';

export interface CopyLinkLabels {
  label: string;
  copy: string;
  copied: string;
  manual: string;
}

/** `labels` in the page's language, from its server parent (props, so no messages ship for four strings). */
export function CopyLink({ url, labels }: { url: string; labels: CopyLinkLabels }) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  async function copy() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setMessage(labels.copied);
    } catch {
      setMessage(labels.manual);
    }
  }
  return (
    <div>
      <label htmlFor={id}>{labels.label}</label>
      <div className={styles.copyRow}>
        <input id={id} ref={box} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {labels.copy}
        </button>
      </div>
      <p role="status" className={styles.meta}>
        {message}
      </p>
    </div>
  );
}
