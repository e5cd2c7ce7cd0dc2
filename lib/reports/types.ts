// What the report functions read: plain data, shaped by the report queries from the database rows.
import type { Confidence } from '@/content/schema';

export interface ReportAnswer {
  itemId: string;
  /** As stored: parsed again before it is graded or described. */
  response: unknown;
  /** 0..1: the server's mark, or the teacher's rating of a written answer. */
  score: number;
  confidence: Confidence | null;
  answeredAt: Date;
  selfRating: number | null;
  teacherRating: number | null;
}

export interface ReportAttempt {
  id: string;
  studentId: string;
  number: number;
  startedAt: Date;
  submittedAt: Date | null;
  quizVersion?: number; // the quiz version the attempt started on (1 for a shipped file); loaded by lib/db/queries/reports.ts
  answers: ReportAnswer[];
}

export interface ReportStudent {
  id: string;
  displayName: string;
  joinedAt: Date;
  /** Joined from a device that was already this student of the class (open join): maybe one person, two names. */
  sameDeviceAs?: string | null;
}
