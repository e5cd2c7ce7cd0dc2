import { describe, expect, it } from 'vitest';
import { editorReducer, movedKey, setAt, toggledKey } from './reducer';
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

  const withItem = (item: Record<string, unknown>): DraftState => ({ ...state, items: [{ kind: 'multiple', item }] });

  it('select-all: an option joins or leaves the key, which keeps the options’ order', () => {
    const item = { id: 'm', options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], key: ['c'] };
    let next = editorReducer(withItem(item), { type: 'toggleKey', index: 0, id: 'a', on: true });
    expect(next.items[0]!.item.key).toEqual(['a', 'c']);
    next = editorReducer(next, { type: 'toggleKey', index: 0, id: 'c', on: false });
    expect(next.items[0]!.item.key).toEqual(['a']);
    expect(toggledKey({ options: item.options, key: ['a'] }, 'a', true)).toEqual(['a']);
    expect(item.key).toEqual(['c']);
  });

  it('order: a step moves one place in the key, and stays put at either end', () => {
    const next = editorReducer(withItem({ id: 'o', key: ['s1', 's2', 's3'] }), { type: 'moveKey', index: 0, id: 's3', by: -1 });
    expect(next.items[0]!.item.key).toEqual(['s1', 's3', 's2']);
    expect(movedKey(['s1', 's2'], 's1', -1)).toEqual(['s1', 's2']);
    expect(movedKey(['s1', 's2'], 's2', 1)).toEqual(['s1', 's2']);
    expect(movedKey(['s1', 's2'], 'zz', 1)).toEqual(['s1', 's2']);
  });

  it('edits inside a two-part item’s part and a match claim’s party, leaving the other parts as they were', () => {
    const item = { id: 't', partA: { key: 'a', options: [{ id: 'a' }] }, partB: { key: 'c', prompt: 'Why?' }, claims: [{ id: 'x', party: 'p' }] };
    let next = editorReducer(withItem(item), { type: 'item', index: 0, path: ['partB', 'key'], value: 'd' });
    next = editorReducer(next, { type: 'item', index: 0, path: ['claims', 0, 'party'], value: 'q' });
    expect(next.items[0]!.item).toEqual({ ...item, partB: { key: 'd', prompt: 'Why?' }, claims: [{ id: 'x', party: 'q' }] });
  });
});
