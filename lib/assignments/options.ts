// The choices a teacher makes for an assignment and a student: when feedback is released, and how much time a
// student is given. Plain lists: the database schema stores them, the forms' validation checks them.
export const ASSIGNMENT_MODES = ['each', 'submit', 'due'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const TIME_FACTORS = ['1', '1.5', '2', 'untimed'] as const;
export type TimeFactor = (typeof TIME_FACTORS)[number];
