// When a student may see the answer key and feedback for an assignment, per the teacher's chosen mode.
// With several attempts, "after handing in" must not hand attempt 1's key to attempt 2: until the last allowed
// attempt is handed in (or the due date passes, or the teacher closes the assignment), a handed-in attempt shows
// only which questions were right, partly right or wrong.
import type { AssignmentMode } from '@/lib/db/schema';

export interface ReleaseArgs {
  mode: AssignmentMode;
  attemptSubmitted: boolean;
  dueAt: Date;
  closedAt: Date | null;
  /** This attempt's number (1-based) and how many the assignment allows: 1 of 1 unless given. */
  attemptNumber?: number;
  attemptsAllowed?: number;
  now?: Date;
}

/** The key, feedback and explanations. */
export function feedbackReleased(args: ReleaseArgs): boolean {
  const now = args.now ?? new Date();
  const over = now >= args.dueAt || args.closedAt !== null;
  switch (args.mode) {
    case 'each':
      return true;
    case 'submit':
      return args.attemptSubmitted && ((args.attemptNumber ?? 1) >= (args.attemptsAllowed ?? 1) || over);
    case 'due':
      return args.attemptSubmitted && over;
  }
}

/** Only which questions were right, partly right or wrong: a handed-in attempt while more attempts may follow. */
export function correctnessReleased(args: ReleaseArgs): boolean {
  return feedbackReleased(args) || (args.mode === 'submit' && args.attemptSubmitted);
}
