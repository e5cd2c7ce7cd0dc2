import { describe, expect, it } from 'vitest';
import { englishT } from '@/lib/authoring/test-t';
import { pasteFormSchema, saveRequestSchema } from './state';

const state = {
  version: 1,
  meta: { title: 'T', outlet: 'O', dateline: '', published: '', link: '' },
  quiz: { title: 'T', summary: '', minutes: 15 },
  blocks: [{ kind: 'paragraph', id: 'p1', sentences: [{ id: 'p1-s1', text: 'A sentence.' }] }],
  parties: [{ id: 'writer', name: 'The writer', role: 'writer' }],
  sentences: [{ id: 'p1-s1', claim: true, party: 'writer', status: 'claim' }],
  items: [],
  use: 'assessment',
};

describe('the draft state schema', () => {
  it('accepts a state whose texts are still empty (the live checks name what is missing)', () => {
    expect(saveRequestSchema.safeParse({ revision: 1, state }).success).toBe(true);
  });

  it('refuses unknown keys, unknown statuses, bad ids and a missing revision', () => {
    expect(saveRequestSchema.safeParse({ revision: 1, state: { ...state, extra: 1 } }).success).toBe(false);
    expect(
      saveRequestSchema.safeParse({ revision: 1, state: { ...state, sentences: [{ id: 'p1-s1', claim: true, status: 'true' }] } }).success,
    ).toBe(false);
    expect(
      saveRequestSchema.safeParse({ revision: 1, state: { ...state, parties: [{ id: 'Bad Id', name: 'x', role: 'speaker' }] } }).success,
    ).toBe(false);
    expect(saveRequestSchema.safeParse({ state }).success).toBe(false);
    expect(saveRequestSchema.safeParse({ revision: 0, state }).success).toBe(false);
  });

  it('paste form: names each missing field and refuses a link that is not http(s)', () => {
    const r = pasteFormSchema.safeParse({ text: ' ', title: '', outlet: '', link: 'javascript:alert(1)' });
    expect(r.success).toBe(false);
    const fields = new Set(r.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(['text', 'title', 'outlet', 'link']));
    // each message is a key the route words in the teacher's language
    const t = englishT('authoring');
    expect(r.error!.issues.map((i) => t(i.message))).toEqual([
      'Paste the article text (plain text or HTML).',
      'Give the headline.',
      'Name the outlet that published it.',
      'A link starts with http:// or https://.',
    ]);
    expect(pasteFormSchema.parse({ text: 'x', title: 'T', outlet: 'O' })).toMatchObject({ published: '', link: '' });
  });
});
