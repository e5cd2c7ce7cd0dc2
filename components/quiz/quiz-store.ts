// The state of one quiz in progress on this device. One store per quiz, created by QuizStoreProvider.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Confidence } from '@/content/schema';
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';
import type { Draft } from '@/question-types/client-define';

export type { Draft } from '@/question-types/client-define';

export interface Pending {
  itemId: string;
  answer: Answer;
  seq: number;
}

export interface QuizData {
  seed: string; // per attempt: fixes the option order
  position: number;
  drafts: Record<string, Draft>;
  confidence: Record<string, Confidence>;
  answers: Record<string, Answer>;
  feedback: Record<string, ItemFeedback>;
  clientSeq: number; // grows with every answer sent, so the server keeps the newest of any resends
  outbox: Pending[]; // answers given but not yet acknowledged by the server, oldest first
  handInQueued: boolean; // the student handed in while answers (or the hand-in itself) were still unsent
}

export interface QuizActions {
  setDraft: (itemId: string, draft: Draft) => void;
  setConfidence: (itemId: string, confidence: Confidence) => void;
  enqueue: (itemId: string, answer: Answer) => void;
  acknowledge: (seq: number, feedback?: ItemFeedback) => void;
  queueHandIn: (queued: boolean) => void;
  mergeServerAnswers: (answers: Record<string, { answer: Answer; feedback?: ItemFeedback }>) => void;
  goTo: (position: number) => void;
  reset: () => void;
}

export type QuizState = QuizData & QuizActions;

function newSeed(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
}

const empty = (): QuizData => ({ seed: newSeed(), position: 0, drafts: {}, confidence: {}, answers: {}, feedback: {}, clientSeq: 0, outbox: [], handInQueued: false });

export const storageKey = (quizId: string) => `claimcheck:practice:${quizId}`;

/**
 * `keep`: given by a page that knows the quiz's items, to drop what the device kept in ids they no longer have
 * (components/quiz/stale-answers.ts). Passed in rather than imported, so a page without items (the quiz's start
 * page) does not load every question type's code.
 */
export type KeepSaved = (saved: Partial<QuizData>) => Partial<QuizData>;

/**
 * What the server knows before this device's copy is read: the seed the server rendered the options with, the position
 * it rendered, and (in an assignment) the answers it has saved. The server HTML and the first client render both come
 * from it, so they agree; rehydration then lays this device's copy over it.
 */
export type QuizStart = Partial<Pick<QuizData, 'seed' | 'position' | 'answers' | 'feedback'>>;

/** Where the device's copy is kept: localStorage, or sessionStorage for a copy that must not outlive the tab. */
export type QuizStorage = 'local' | 'session';

export function createQuizStore(key: string, itemCount: number, keep?: KeepSaved, start: QuizStart = {}, storage: QuizStorage = 'local') {
  return createStore<QuizState>()(
    persist(
      (set) => ({
        ...empty(),
        ...start,
        setDraft: (itemId, draft) => set((s) => ({ drafts: { ...s.drafts, [itemId]: draft } })),
        setConfidence: (itemId, confidence) => set((s) => ({ confidence: { ...s.confidence, [itemId]: confidence } })),
        // the answer is kept at once; the outbox holds it until the server says it has it
        enqueue: (itemId, answer) =>
          set((s) => {
            const seq = s.clientSeq + 1;
            return {
              clientSeq: seq,
              answers: { ...s.answers, [itemId]: answer },
              // a newer answer to the same item replaces a queued older one: only the newest matters
              outbox: [...s.outbox.filter((p) => p.itemId !== itemId), { itemId, answer, seq }],
            };
          }),
        acknowledge: (seq, feedback) =>
          set((s) => {
            const done = s.outbox.find((p) => p.seq === seq);
            if (!done) return {};
            return {
              outbox: s.outbox.filter((p) => p.seq !== seq),
              feedback: feedback ? { ...s.feedback, [done.itemId]: feedback } : s.feedback,
            };
          }),
        queueHandIn: (queued) => set({ handInQueued: queued }),
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
        storage: createJSONStorage(() => (storage === 'session' ? sessionStorage : localStorage)),
        // rehydrated after mount by the provider, so the server HTML and the first client render agree
        skipHydration: true,
        partialize: ({ seed, position, drafts, confidence, answers, feedback, clientSeq, outbox, handInQueued }): QuizData => ({
          outbox,
          handInQueued,
          seed,
          position,
          drafts,
          confidence,
          answers,
          feedback,
          clientSeq,
        }),
        migrate: (persisted) => ({ ...empty(), ...(persisted as Partial<QuizData>) }),
        // on every load, not as a one-off migration: ids change with the app secret too, and a page that knows no
        // items (the quiz's start page) must not mark the stored state as checked
        // the device's answers win over the server's, as in mergeServerAnswers; the server's fill in what it lacks, in
        // the same update, so the answered count does not dip for a frame
        merge: (persisted, current) => {
          const saved = (persisted ?? {}) as Partial<QuizData>;
          const kept = keep ? keep(saved) : saved;
          return {
            ...current,
            ...kept,
            answers: { ...current.answers, ...kept.answers },
            feedback: { ...current.feedback, ...kept.feedback },
          };
        },
      },
    ),
  );
}

export type QuizStore = ReturnType<typeof createQuizStore>;
