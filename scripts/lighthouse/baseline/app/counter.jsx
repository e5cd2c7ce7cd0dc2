'use client';
import { useState } from 'react';

export function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)} style={{ fontSize: '1rem', padding: '0.5rem 1rem' }}>
      Pressed {count} {count === 1 ? 'time' : 'times'}
    </button>
  );
}
