// When a student may see the answer key and feedback for an assignment, per the teacher's chosen mode.
import type { AssignmentMode } from '@/lib/db/schema';

export function feedbackReleased(args: {
  mode: AssignmentMode;
  attemptSubmitted: boolean;
  dueAt: Date;
  closedAt: Date | null;
  now?: Date;
}): boolean {
  const now = args.now ?? new Date();
  switch (args.mode) {
    case 'each':
      return true;
    case 'submit':
      return args.attemptSubmitted;
    case 'due':
      return args.attemptSubmitted && (now >= args.dueAt || args.closedAt !== null);
  }
}
