// Zod schemas for what teachers send: defined once, used by the forms' server actions and by the data layer. Each
// message is a key of the `errors` namespace, translated where the reply is made (lib/error-issues.ts).
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { ASSIGNMENT_MODES, TIME_FACTORS } from '@/lib/assignments/options';
import { hasControlCharacters, stripBidiControls } from './text';

export const classNameSchema = z
  .string({ error: 'class.nameRequired' })
  .transform((s) => stripBidiControls(s).replace(/\s+/g, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'class.nameRequired')
      .max(80, 'class.nameTooLong')
      .refine((s) => !hasControlCharacters(s), 'class.nameControl'),
  );

export const assignmentModeSchema = z.enum(ASSIGNMENT_MODES, { error: 'assignment.chooseMode' });
export const timeFactorSchema = z.enum(TIME_FACTORS, { error: 'student.timeFactor' });

export const MAX_ATTEMPTS = 20;
export const MAX_TIME_LIMIT_MINUTES = 600;

export const assignmentInputSchema = z
  .object({
    quizId: idSchema,
    opensAt: z.date({ error: 'assignment.opensAt' }),
    dueAt: z.date({ error: 'assignment.dueAt' }),
    mode: assignmentModeSchema,
    attemptsAllowed: z
      .number({ error: 'assignment.attemptsRequired' })
      .int('assignment.attemptsWhole')
      .min(1, 'assignment.attemptsMin')
      .max(MAX_ATTEMPTS, 'assignment.attemptsMax'),
    timeLimitMinutes: z
      .number({ error: 'assignment.timeLimitRequired' })
      .int('assignment.timeLimitWhole')
      .min(1, 'assignment.timeLimitMin')
      .max(MAX_TIME_LIMIT_MINUTES, 'assignment.timeLimitMax')
      .nullable(),
    shuffle: z.boolean(),
  })
  .refine((a) => a.dueAt.getTime() > a.opensAt.getTime(), {
    path: ['dueAt'],
    message: 'assignment.dueBeforeOpen',
  });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;
