// The state of one quiz in progress on this device. One store per quiz, created by QuizStoreProvider.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Confidence } from '@/content/schema';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';

export type Draft = { type: string } & Record<string, unknown>;

export interface QuizData {
  seed: string; // per attempt: fixes the option order
  position: number;
  drafts: Record<string, Draft>;
  confidence: Record<string, Confidence>;
  answers: Record<string, Answer>;
  feedback: Record<string, ItemFeedback>;
  clientSeq: number; // grows with every answer sent, so the server keeps the newest of any resends
}

export interface QuizActions {
  setDraft: (itemId: string, draft: Draft) => void;
  setConfidence: (itemId: string, confidence: Confidence) => void;
  recordAnswer: (itemId: string, answer: Answer, feedback?: ItemFeedback) => void;
  nextSeq: () => number;
  mergeServerAnswers: (answers: Record<string, { answer: Answer; feedback?: ItemFeedback }>) => void;
  goTo: (position: number) => void;
  reset: () => void;
}

export type QuizState = QuizData & QuizActions;

function newSeed(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
}

const empty = (): QuizData => ({ seed: newSeed(), position: 0, drafts: {}, confidence: {}, answers: {}, feedback: {}, clientSeq: 0 });

export const storageKey = (quizId: string) => `claimcheck:practice:${quizId}`;

export function createQuizStore(key: string, itemCount: number) {
  return createStore<QuizState>()(
    persist(
      (set, get) => ({
        ...empty(),
        setDraft: (itemId, draft) => set((s) => ({ drafts: { ...s.drafts, [itemId]: draft } })),
        setConfidence: (itemId, confidence) => set((s) => ({ confidence: { ...s.confidence, [itemId]: confidence } })),
        recordAnswer: (itemId, answer, feedback) =>
          set((s) => {
            const { [itemId]: _old, ...rest } = s.feedback;
            return { answers: { ...s.answers, [itemId]: answer }, feedback: feedback ? { ...rest, [itemId]: feedback } : rest };
          }),
        nextSeq: () => {
          const seq = get().clientSeq + 1;
          set({ clientSeq: seq });
          return seq;
        },
        // the server's saved answers fill in what this device lacks (a new device, or cleared storage)
        mergeServerAnswers: (saved) =>
          set((s) => {
            const answers = { ...s.answers };
            const feedback = { ...s.feedback };
            for (const [id, entry] of Object.entries(saved)) {
              answers[id] ??= entry.answer;
              if (entry.feedback) feedback[id] ??= entry.feedback;
            }
            return { answers, feedback };
          }),
        goTo: (position) => set({ position: Math.max(0, Math.min(itemCount - 1, position)) }),
        reset: () => set(empty()),
      }),
      {
        name: key,
        version: 1,
        storage: createJSONStorage(() => localStorage),
        // rehydrated after mount by the provider, so the server HTML and the first client render agree
        skipHydration: true,
        partialize: ({ seed, position, drafts, confidence, answers, feedback, clientSeq }): QuizData => ({
          seed,
          position,
          drafts,
          confidence,
          answers,
          feedback,
          clientSeq,
        }),
        migrate: (persisted) => ({ ...empty(), ...(persisted as Partial<QuizData>) }),
      },
    ),
  );
}

export type QuizStore = ReturnType<typeof createQuizStore>;
