// The editor's edits to its state, as a pure reducer (browser-safe, no language library): every change the
// teacher types goes through here, and the autosave and live checks see the result.
import type { Status } from '@/content/words';
import type { DraftMeta, DraftState } from './state';
import { uniquePartyId } from '../slug';

export type Path = Array<string | number>;
export type EditorAction =
  | { type: 'meta'; field: keyof DraftMeta; value: string }
  | { type: 'quiz'; field: 'title' | 'summary'; value: string }
  | { type: 'minutes'; value: number }
  | { type: 'sentence'; id: string; patch: { claim?: boolean; party?: string; status?: Status } }
  | { type: 'renameParty'; id: string; name: string }
  | { type: 'addParty'; name: string }
  | { type: 'item'; index: number; path: Path; value: unknown }
  | { type: 'toggleKey'; index: number; id: string; on: boolean }
  | { type: 'moveKey'; index: number; id: string; by: -1 | 1 }
  | { type: 'removeItem'; index: number }
  | { type: 'use'; use: DraftState['use'] }
  | { type: 'replace'; state: DraftState };

/** A copy of `target` with the value at `path` replaced (objects and arrays along the path are copied). */
export function setAt<T>(target: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  if (Array.isArray(target)) {
    const copy = target.slice();
    copy[head as number] = setAt(copy[head as number], rest, value);
    return copy as T;
  }
  const obj = (target ?? {}) as Record<string, unknown>;
  if (value === undefined && rest.length === 0) {
    const { [head as string]: _gone, ...kept } = obj;
    return kept as T;
  }
  return { ...obj, [head as string]: setAt(obj[head as string], rest, value) } as T;
}

const idList = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);

/** Select-all: the option joins or leaves the key, which stays in the options' order. */
export function toggledKey(item: Record<string, unknown>, id: string, on: boolean): string[] {
  const key = new Set(idList(item.key));
  if (on) key.add(id);
  else key.delete(id);
  const order = Array.isArray(item.options) ? (item.options as Array<{ id?: unknown }>).map((o) => o.id) : [];
  return [...key].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Order: the step moves one place earlier or later in the key; at either end it stays. */
export function movedKey(key: unknown, id: string, by: -1 | 1): string[] {
  const list = idList(key);
  const from = list.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return list;
  [list[from], list[to]] = [list[to]!, list[from]!];
  return list;
}

const withItem = (state: DraftState, index: number, change: (item: Record<string, unknown>) => Record<string, unknown>): DraftState => ({
  ...state,
  items: state.items.map((d, i) => (i === index ? { ...d, item: change(d.item) } : d)),
});

export function editorReducer(state: DraftState, action: EditorAction): DraftState {
  switch (action.type) {
    case 'meta':
      return { ...state, meta: { ...state.meta, [action.field]: action.value } };
    case 'quiz':
      return { ...state, quiz: { ...state.quiz, [action.field]: action.value } };
    case 'minutes':
      return Number.isInteger(action.value) && action.value >= 1 && action.value <= 240
        ? { ...state, quiz: { ...state.quiz, minutes: action.value } }
        : state;
    case 'sentence':
      return { ...state, sentences: state.sentences.map((s) => (s.id === action.id ? { ...s, ...action.patch } : s)) };
    case 'renameParty':
      return { ...state, parties: state.parties.map((p) => (p.id === action.id ? { ...p, name: action.name } : p)) };
    case 'addParty': {
      const name = action.name.trim();
      if (!name) return state;
      const id = uniquePartyId(name, (taken) => state.parties.some((p) => p.id === taken));
      return { ...state, parties: [...state.parties, { id, name, role: 'speaker' }] };
    }
    case 'item':
      return withItem(state, action.index, (item) => setAt(item, action.path, action.value));
    case 'toggleKey':
      return withItem(state, action.index, (item) => ({ ...item, key: toggledKey(item, action.id, action.on) }));
    case 'moveKey':
      return withItem(state, action.index, (item) => ({ ...item, key: movedKey(item.key, action.id, action.by) }));
    case 'removeItem':
      return { ...state, items: state.items.filter((_, i) => i !== action.index) };
    case 'use':
      return { ...state, use: action.use };
    case 'replace':
      return action.state;
  }
}
