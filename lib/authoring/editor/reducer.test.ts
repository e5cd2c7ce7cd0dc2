import { describe, expect, it } from 'vitest';
import { editorReducer, setAt } from './reducer';
import type { DraftState } from './state';

const state: DraftState = {
  version: 1,
  meta: { title: 'T', outlet: 'O', dateline: '', published: '', link: '' },
  quiz: { title: 'T', summary: 'S', minutes: 15 },
  blocks: [{ kind: 'paragraph', id: 'p1', sentences: [{ id: 'p1-s1', text: 'A.' }] }],
  parties: [{ id: 'writer', name: 'The writer', role: 'writer' }],
  sentences: [{ id: 'p1-s1', claim: true, party: 'writer', status: 'claim' }],
  items: [{ kind: 'source', item: { id: 'i1', options: [{ id: 'a', text: 'x', feedback: 'f', misconception: 'official-source' }] } }],
  use: 'assessment',
};

describe('editor reducer', () => {
  it('sets a nested field without touching the original', () => {
    const next = editorReducer(state, { type: 'item', index: 0, path: ['options', 0, 'feedback'], value: 'new' });
    expect((next.items[0]!.item.options as Array<{ feedback: string }>)[0]!.feedback).toBe('new');
    expect((state.items[0]!.item.options as Array<{ feedback: string }>)[0]!.feedback).toBe('f');
  });

  it('removes a key when set to undefined (a misconception tag dropped)', () => {
    const next = setAt(state.items[0]!.item, ['options', 0, 'misconception'], undefined) as { options: object[] };
    expect(next.options[0]).toEqual({ id: 'a', text: 'x', feedback: 'f' });
  });

  it('changes a sentence’s status and party, and adds a party with a fresh id', () => {
    let next = editorReducer(state, { type: 'sentence', id: 'p1-s1', patch: { status: 'verified' } });
    next = editorReducer(next, { type: 'addParty', name: 'The Writer' });
    expect(next.sentences[0]!.status).toBe('verified');
    expect(next.parties.map((p) => p.id)).toEqual(['writer', 'the-writer']);
    expect(editorReducer(next, { type: 'addParty', name: 'The Writer' }).parties.at(-1)!.id).toBe('the-writer-2');
    expect(editorReducer(next, { type: 'minutes', value: 0 })).toBe(next);
  });
});
