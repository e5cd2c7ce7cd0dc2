// Written in the browser: the draft as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import type { WrittenPublic } from './public';
import type { WrittenResponse } from './schema';

export const writtenDraft: DraftRules<WrittenPublic, WrittenResponse> = {
  missing: 'written',
  draftToResponse: (_item, d) => {
    const text = typeof d.text === 'string' ? d.text.trim() : '';
    return text ? { type: 'written', text } : 'written';
  },
};
