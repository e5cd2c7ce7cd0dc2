// Route params are input too: validated before they touch content or the database.
import { z } from 'zod';
import { idSchema } from '@/content/schema';

export const quizParamsSchema = z.object({ quizId: idSchema });
export const itemParamsSchema = z.object({ quizId: idSchema, itemId: idSchema });
