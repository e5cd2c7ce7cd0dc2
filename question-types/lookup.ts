// The registered type of an item, a response or a feedback, for the generic modules that dispatch on `type`.
import { QUESTION_TYPES } from './server';
import type { ErasedType, ItemType } from './types';
import { englishWords, type TeacherWords } from './shared/teacher-words';

/** The item and response passed to it must be of this type (callers check `item.type === response.type`). */
export const questionType = (type: ItemType): ErasedType => QUESTION_TYPES[type] as ErasedType;

export const ITEM_TYPES = Object.keys(QUESTION_TYPES) as ItemType[];

/** The type's name in the teacher's views (items.teacher.types). */
export const typeLabel = (type: ItemType, t: TeacherWords = englishWords): string => t(`types.${type}`);
