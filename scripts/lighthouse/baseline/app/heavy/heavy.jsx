'use client';
import { useState } from 'react';
// written by scripts/lighthouse/baseline.ts before the build: ~165 KB of pseudo-random words (~100 KiB compressed)
import { WORDS } from './payload.generated.js';

// Main-thread work at hydration, a fixed amount of it (about 0.25 s on a 2-core EPYC before the 4 × CPU slowdown
// Lighthouse simulates): sorting and hashing the words many times over, in one long task.
function digest() {
  let h = 2166136261;
  for (let round = 0; round < 64; round++) {
    const sorted = [...WORDS].sort((a, b) => (round % 2 ? b.localeCompare(a) : a.localeCompare(b)));
    for (const w of sorted) for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619) >>> 0;
  }
  return h.toString(16);
}

export function Heavy() {
  const [value] = useState(digest);
  return (
    <p>
      {WORDS.length} words, digest <code>{value}</code>
    </p>
  );
}
