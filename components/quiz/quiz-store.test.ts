import { beforeEach, describe, expect, it } from 'vitest';
import { createQuizStore } from './quiz-store';

const answer = (status: 'claim' | 'verified') => ({ response: { type: 'classify' as const, status } });
const stored = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  },
});

describe('a quiz store started from what the server rendered', () => {
  beforeEach(() => stored.clear());

  it('holds the server start until the device copy is read, and keeps it on a device with no copy', async () => {
    const store = createQuizStore('k', 5, undefined, { seed: 'server', position: 2, answers: { a: answer('claim') } });
    expect(store.getState()).toMatchObject({ seed: 'server', position: 2, answers: { a: answer('claim') } });
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ seed: 'server', position: 2, answers: { a: answer('claim') } });
  });

  it("lays the device's copy over it: its position and seed, its answers first, the server's filling in", async () => {
    stored.set('k', JSON.stringify({ version: 1, state: { seed: 'device', position: 4, answers: { a: answer('verified') } } }));
    const store = createQuizStore('k', 5, undefined, { seed: 'server', position: 0, answers: { a: answer('claim'), b: answer('claim') } });
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ seed: 'device', position: 4, answers: { a: answer('verified'), b: answer('claim') } });
  });
});
