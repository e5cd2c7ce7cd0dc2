'use client';
// The join link in a box a teacher can select and copy, with a button that copies it; without the clipboard
// (old browser, no permission) the text stays selected so Ctrl+C works and the message says so.
import { useId, useRef, useState } from 'react';
import styles from './teacher.module.css';

export function CopyLink({ url }: { url: string }) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  async function copy() {
    box.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Link copied.');
    } catch {
      setMessage('Press Ctrl+C (or Cmd+C) to copy the selected link.');
    }
  }
  return (
    <div>
      <label htmlFor={id}>Link to share</label>
      <div className={styles.copyRow}>
        <input id={id} ref={box} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          Copy link
        </button>
      </div>
      <p role="status" className={styles.meta}>
        {message}
      </p>
    </div>
  );
}
