// The results of a set of graded answers: score, sections, misjudged statement kinds, misconceptions, calibration.
import { CONFIDENCES, type Confidence, type Misconception, type Quiz, type Status } from '@/content/schema';
import type { Grade } from './grade';

export interface GradedAnswer {
  itemId: string;
  grade: Grade;
  confidence?: Confidence;
}

export interface QuizSummary {
  score: number;
  max: number;
  answered: number;
  pending: number;
  sections: Array<{ id: string; title: string; score: number; max: number }>;
  misjudged: Array<{ expected: Status; chosen: Status; items: string[] }>;
  misconceptions: Array<{ id: Misconception; items: string[] }>;
  calibration: Array<{ confidence: Confidence; answered: number; correct: number }>;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function summarize(quiz: Quiz, answers: GradedAnswer[]): QuizSummary {
  const byItem = new Map(answers.map((a) => [a.itemId, a]));
  const sections = quiz.sections.map((section) => ({
    id: section.id,
    title: section.title,
    score: round(section.items.reduce((sum, item) => sum + (byItem.get(item.id)?.grade.score ?? 0), 0)),
    max: section.items.length,
  }));
  const misjudged = new Map<string, { expected: Status; chosen: Status; items: string[] }>();
  const misconceptions = new Map<Misconception, string[]>();
  const calibration = new Map<Confidence, { answered: number; correct: number }>();
  for (const { itemId, grade, confidence } of answers) {
    if (grade.misjudged) {
      const key = `${grade.misjudged.expected}>${grade.misjudged.chosen}`;
      const entry = misjudged.get(key) ?? { ...grade.misjudged, items: [] };
      entry.items.push(itemId);
      misjudged.set(key, entry);
    }
    for (const m of grade.misconceptions) misconceptions.set(m, [...(misconceptions.get(m) ?? []), itemId]);
    if (confidence && !grade.pending) {
      const c = calibration.get(confidence) ?? { answered: 0, correct: 0 };
      c.answered++;
      if (grade.correct) c.correct++;
      calibration.set(confidence, c);
    }
  }
  const byCount = <T extends { items: string[] }>(a: T, b: T) => b.items.length - a.items.length;
  return {
    score: round(sections.reduce((sum, s) => sum + s.score, 0)),
    max: sections.reduce((sum, s) => sum + s.max, 0),
    answered: answers.length,
    pending: answers.filter((a) => a.grade.pending).length,
    sections,
    misjudged: [...misjudged.values()].sort(byCount),
    misconceptions: [...misconceptions.entries()].map(([id, items]) => ({ id, items })).sort(byCount),
    calibration: CONFIDENCES
      .map((confidence) => ({ confidence, ...(calibration.get(confidence) ?? { answered: 0, correct: 0 }) }))
      .filter((c) => c.answered > 0),
  };
}
