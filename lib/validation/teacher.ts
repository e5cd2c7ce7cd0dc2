// Zod schemas for what teachers send: defined once, used by the forms' server actions and by the data layer.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { ASSIGNMENT_MODES, TIME_FACTORS } from '@/lib/assignments/options';
import { hasControlCharacters, stripBidiControls } from './text';

export const classNameSchema = z
  .string({ error: 'Give the class a name.' })
  .transform((s) => stripBidiControls(s).replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'Give the class a name.')
      .max(80, 'Keep the class name under 80 characters.')
      .refine((s) => !hasControlCharacters(s), 'Remove the invisible control characters from the class name.'),
  );

export const assignmentModeSchema = z.enum(ASSIGNMENT_MODES, { error: 'Choose when students see feedback.' });
export const timeFactorSchema = z.enum(TIME_FACTORS, { error: 'Choose a time allowance.' });

export const MAX_ATTEMPTS = 20;
export const MAX_TIME_LIMIT_MINUTES = 600;

export const assignmentInputSchema = z
  .object({
    quizId: idSchema,
    opensAt: z.date({ error: 'Give a valid opening date and time.' }),
    dueAt: z.date({ error: 'Give a valid due date and time.' }),
    mode: assignmentModeSchema,
    attemptsAllowed: z
      .number({ error: 'Give the number of attempts allowed.' })
      .int('Attempts must be a whole number.')
      .min(1, 'Allow at least 1 attempt.')
      .max(MAX_ATTEMPTS, `Allow at most ${MAX_ATTEMPTS} attempts.`),
    timeLimitMinutes: z
      .number({ error: 'Give the time limit in minutes.' })
      .int('The time limit must be a whole number of minutes.')
      .min(1, 'The time limit must be at least 1 minute.')
      .max(MAX_TIME_LIMIT_MINUTES, `The time limit must be at most ${MAX_TIME_LIMIT_MINUTES} minutes.`)
      .nullable(),
    shuffle: z.boolean(),
  })
  .refine((a) => a.dueAt.getTime() > a.opensAt.getTime(), {
    path: ['dueAt'],
    message: 'The due date must be after the opening date.',
  });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;
