import { describe, expect, it } from 'vitest';
import { correctnessReleased, feedbackReleased } from './feedback-policy';

const due = new Date('2030-03-10T15:00:00Z');
const before = new Date('2030-03-10T14:59:59Z');
const after = new Date('2030-03-10T15:00:00Z');
const base = { dueAt: due, closedAt: null, now: before };

describe('feedbackReleased', () => {
  it('after each question: always', () => {
    expect(feedbackReleased({ ...base, mode: 'each', attemptSubmitted: false })).toBe(true);
  });

  it('after handing in: only once this attempt is handed in, whatever the date', () => {
    expect(feedbackReleased({ ...base, mode: 'submit', attemptSubmitted: false })).toBe(false);
    expect(feedbackReleased({ ...base, mode: 'submit', attemptSubmitted: false, now: after })).toBe(false);
    expect(feedbackReleased({ ...base, mode: 'submit', attemptSubmitted: true })).toBe(true);
  });

  it('after the due date: needs both the hand-in and the due date (or the teacher closing the assignment)', () => {
    expect(feedbackReleased({ ...base, mode: 'due', attemptSubmitted: true })).toBe(false);
    expect(feedbackReleased({ ...base, mode: 'due', attemptSubmitted: false, now: after })).toBe(false);
    expect(feedbackReleased({ ...base, mode: 'due', attemptSubmitted: true, now: after })).toBe(true);
    expect(feedbackReleased({ ...base, mode: 'due', attemptSubmitted: true, closedAt: before })).toBe(true);
    expect(feedbackReleased({ ...base, mode: 'due', attemptSubmitted: false, closedAt: before })).toBe(false);
  });

  it('after handing in with several attempts: attempt 1 shows only right or wrong while attempt 2 may follow', () => {
    const first = { ...base, mode: 'submit' as const, attemptSubmitted: true, attemptNumber: 1, attemptsAllowed: 2 };
    expect(feedbackReleased(first)).toBe(false);
    expect(correctnessReleased(first)).toBe(true);
    // the last allowed attempt, the due date or the teacher closing the assignment releases everything
    expect(feedbackReleased({ ...first, attemptNumber: 2 })).toBe(true);
    expect(feedbackReleased({ ...first, now: after })).toBe(true);
    expect(feedbackReleased({ ...first, closedAt: before })).toBe(true);
    // not handed in: nothing at all
    expect(correctnessReleased({ ...first, attemptSubmitted: false })).toBe(false);
    // the other modes keep their rules
    expect(correctnessReleased({ ...first, mode: 'due' })).toBe(false);
  });
});
