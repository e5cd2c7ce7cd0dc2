'use client';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createQuizStore, storageKey, type KeepSaved, type QuizStart, type QuizState, type QuizStorage, type QuizStore } from './quiz-store';

const QuizStoreContext = createContext<{ store: QuizStore; hydrated: boolean } | null>(null);

export function QuizStoreProvider({
  quizId,
  storeKey,
  itemCount,
  keep,
  start,
  storage,
  children,
}: {
  quizId: string;
  storeKey?: string;
  itemCount: number;
  keep?: KeepSaved; // where given, what the device kept in ids the page's items no longer have is dropped on loading
  start?: QuizStart; // the state the server rendered with, until this device's copy is read (quiz-store.ts)
  storage?: QuizStorage;
  children: ReactNode;
}) {
  // one store per mounted quiz: never a module-level store that requests could share
  const [store] = useState(() => createQuizStore(storeKey ?? storageKey(quizId), itemCount, keep, start, storage));
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    void Promise.resolve(store.persist.rehydrate()).then(() => setHydrated(true));
  }, [store]);
  return <QuizStoreContext.Provider value={{ store, hydrated }}>{children}</QuizStoreContext.Provider>;
}

function useCtx() {
  const ctx = useContext(QuizStoreContext);
  if (!ctx) throw new Error('useQuizStore must be used inside QuizStoreProvider');
  return ctx;
}

export function useQuizStore<T>(selector: (state: QuizState) => T): T {
  return useStore(useCtx().store, selector);
}

export function useQuizHydrated(): boolean {
  return useCtx().hydrated;
}

/** The store itself, for effects that read and write outside React's render (the sync loop). */
export function useQuizStoreApi(): QuizStore {
  return useCtx().store;
}
