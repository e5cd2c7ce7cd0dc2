// Shared by the root layout, which writes the error pages' words (error-texts-data.tsx), and the client boundaries,
// which read them (error-texts.ts).
export const ERROR_TEXTS_ID = 'cc-error-texts';
export const ERROR_TEXT_KEYS = ['title', 'text', 'teacherText', 'tryAgain', 'home', 'globalText'] as const;
export type ErrorTextKey = (typeof ERROR_TEXT_KEYS)[number];
