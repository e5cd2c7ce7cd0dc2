// Pasted blocks → an article draft in the content format's shape (headings h1..., paragraphs p1..., sentences
// p1-s1...), and the teacher's merge and split of sentences. The operations are pure: they return a new draft and
// the ids that changed, so the editor can carry annotations and undo history across them.
import type { PastedBlock } from './paste';
import { sentencesOf } from './nlp';
import { msg, type Msg } from './messages';

export interface DraftSentence {
  id: string;
  text: string;
}
export type DraftBlock =
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'paragraph'; id: string; sentences: DraftSentence[] };

export type EditResult =
  | { ok: true; blocks: DraftBlock[]; renamed: Record<string, string> }
  | { ok: false; message: Msg };

export function splitArticle(pasted: PastedBlock[]): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let p = 0;
  let h = 0;
  for (const block of pasted) {
    if (block.kind === 'heading') blocks.push({ kind: 'heading', id: `h${++h}`, text: block.text });
    else {
      const id = `p${++p}`;
      blocks.push({ kind: 'paragraph', id, sentences: sentencesOf(block.text).map((text, i) => ({ id: `${id}-s${i + 1}`, text })) });
    }
  }
  return blocks;
}

export function allSentences(blocks: DraftBlock[]): DraftSentence[] {
  return blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
}

function locate(blocks: DraftBlock[], sentenceId: string): { b: number; s: number } | undefined {
  for (const [b, block] of blocks.entries()) {
    if (block.kind !== 'paragraph') continue;
    const s = block.sentences.findIndex((x) => x.id === sentenceId);
    if (s >= 0) return { b, s };
  }
  return undefined;
}

// Sentence ids follow their place in the paragraph; only the edited paragraph's ids can change.
function renumber(blocks: DraftBlock[], b: number, texts: string[], moved: (oldIndex: number) => number): EditResult {
  const block = blocks[b] as Extract<DraftBlock, { kind: 'paragraph' }>;
  const sentences = texts.map((text, i) => ({ id: `${block.id}-s${i + 1}`, text }));
  const renamed: Record<string, string> = {};
  block.sentences.forEach((old, i) => {
    const now = sentences[moved(i)]!.id;
    if (now !== old.id) renamed[old.id] = now;
  });
  const next = blocks.slice();
  next[b] = { ...block, sentences };
  return { ok: true, blocks: next, renamed };
}

/** Joins a sentence with the one after it in the same paragraph. */
export function mergeWithNext(blocks: DraftBlock[], sentenceId: string): EditResult {
  const at = locate(blocks, sentenceId);
  if (!at) return { ok: false, message: msg('edit.noSentence', { id: sentenceId }) };
  const sentences = (blocks[at.b] as Extract<DraftBlock, { kind: 'paragraph' }>).sentences;
  if (at.s === sentences.length - 1) return { ok: false, message: msg('edit.lastSentence') };
  const texts = sentences.map((x) => x.text);
  texts.splice(at.s, 2, `${texts[at.s]} ${texts[at.s + 1]}`);
  // the sentence that was joined in now lives in the earlier one
  return renumber(blocks, at.b, texts, (i) => (i <= at.s ? i : i - 1));
}

/** Cuts a sentence in two at a character offset (the cut snaps to the nearest space; both halves must keep words). */
export function splitAt(blocks: DraftBlock[], sentenceId: string, offset: number): EditResult {
  const at = locate(blocks, sentenceId);
  if (!at) return { ok: false, message: msg('edit.noSentence', { id: sentenceId }) };
  const sentences = (blocks[at.b] as Extract<DraftBlock, { kind: 'paragraph' }>).sentences;
  const text = sentences[at.s]!.text;
  const before = text.slice(0, offset).trim();
  const after = text.slice(offset).trim();
  if (!/[\p{L}\p{N}]/u.test(before) || !/[\p{L}\p{N}]/u.test(after)) {
    return { ok: false, message: msg('edit.splitBetweenWords') };
  }
  const texts = sentences.map((x) => x.text);
  texts.splice(at.s, 1, before, after);
  return renumber(blocks, at.b, texts, (i) => (i <= at.s ? i : i + 1));
}
