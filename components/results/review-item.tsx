'use client';
import { useState, type ReactNode } from 'react';

/** One question in the review: its feedback is rendered only when opened, so a long quiz stays light to show. */
export function ReviewItem({ id, summary, children }: { id: string; summary: ReactNode; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details id={id} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
