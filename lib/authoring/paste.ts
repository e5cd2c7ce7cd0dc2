// Pasted article (plain text or HTML) → headings and paragraphs of plain text. Pure: no DOM, so it runs the same in
// the editor and on the server. HTML is read with htmlparser2 (a tokenizer, never executed or rendered): script,
// style and other non-text elements are dropped with their content, entities are decoded, block elements become
// paragraph breaks and h1-h6 become headings.
import { Parser } from 'htmlparser2';
import { msg, type Msg } from './messages';

export const MAX_ARTICLE_CHARS = 20_000;
// Markup is not article text: pasted HTML may be longer, but no longer than this (it bounds the parse).
export const MAX_HTML_CHARS = 200_000;

export interface PastedBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}
export type PasteResult =
  | { ok: true; dateline?: string; blocks: PastedBlock[] }
  | { ok: false; message: Msg };

// Elements whose content is never article text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'object', 'svg', 'math', 'canvas', 'select', 'textarea', 'button', 'nav', 'form', 'figure', 'picture', 'video', 'audio']);
const HEADING = /^h[1-6]$/;
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'pre', 'hr', 'address', 'body', 'html']);
const LOOKS_LIKE_HTML = /<\/?(p|div|br|h[1-6]|span|a|b|i|em|strong|article|section|body|html|script|style|li|ul|ol|blockquote)\b[^>]*>/i;

const clean = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();

export function looksLikeHtml(input: string): boolean {
  return LOOKS_LIKE_HTML.test(input);
}

/** HTML → text with one line per paragraph; headings come back marked so the caller can keep them apart. */
export function htmlToBlocks(html: string): PastedBlock[] {
  const blocks: PastedBlock[] = [];
  let buffer = '';
  let skipDepth = 0;
  let headingDepth = 0;
  const flush = (kind: PastedBlock['kind']) => {
    for (const line of buffer.split('\n')) {
      const text = clean(line);
      if (text) blocks.push({ kind, text });
    }
    buffer = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipDepth++;
        else if (skipDepth) return;
        else if (HEADING.test(name)) {
          flush('paragraph');
          headingDepth++;
        } else if (BLOCK.has(name)) flush(headingDepth ? 'heading' : 'paragraph');
        else if (name === 'br') buffer += '\n';
      },
      ontext(text) {
        // a line break in the HTML source is only a space; <br> is the line break
        if (!skipDepth) buffer += text.replace(/[\r\n]+/g, ' ');
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (skipDepth) return;
        else if (HEADING.test(name)) {
          flush('heading');
          headingDepth = Math.max(0, headingDepth - 1);
        } else if (BLOCK.has(name)) flush(headingDepth ? 'heading' : 'paragraph');
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush('paragraph');
  return blocks;
}

// A short line with no closing punctuation, between paragraphs, is a section heading ("Propaganda and Accuracy").
const ENDS_SENTENCE = /[.!?…:;,"”’)\]]$/;
function isHeadingLine(line: string): boolean {
  return !ENDS_SENTENCE.test(line) && line.split(/\s+/).length <= 12 && /^\p{Lu}/u.test(line);
}

/** Plain text → blocks: blank lines or single newlines separate paragraphs (pasted news text uses either). */
export function textToBlocks(text: string): PastedBlock[] {
  return text
    .split(/\r?\n/)
    .map(clean)
    .filter(Boolean)
    .map((line) => ({ kind: isHeadingLine(line) ? 'heading' : 'paragraph', text: line }));
}

// "PESHAWAR: Precision airstrikes..." or "KABUL (AFP) —": the place name printed before the first sentence.
const DATELINE = /^(\p{Lu}[\p{Lu}\p{M} .'-]{1,40}?)(?:\s*\([^)]{1,30}\))?\s*(?::|—|–|-{1,2})\s+/u;

export function splitDateline(first: string): { dateline?: string; rest: string } {
  const m = DATELINE.exec(first);
  if (!m?.[1] || !/\p{Lu}{2}/u.test(m[1])) return { rest: first };
  return { dateline: m[1].trim(), rest: first.slice(m[0].length) };
}

const tooLong = (n: number) => msg('paste.tooLong', { length: n, limit: MAX_ARTICLE_CHARS });

export function pastedArticle(input: string, format: 'auto' | 'html' | 'text' = 'auto'): PasteResult {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(input));
  if (!html && input.length > MAX_ARTICLE_CHARS) return { ok: false, message: tooLong(input.length) };
  if (html && input.length > MAX_HTML_CHARS) {
    return { ok: false, message: msg('paste.htmlTooLong', { length: input.length, limit: MAX_HTML_CHARS }) };
  }
  const blocks = html ? htmlToBlocks(input) : textToBlocks(input);
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    return { ok: false, message: msg('paste.noText') };
  }
  const length = blocks.reduce((n, b) => n + b.text.length + 1, -1);
  if (length > MAX_ARTICLE_CHARS) return { ok: false, message: tooLong(length) };
  const firstPara = blocks.findIndex((b) => b.kind === 'paragraph');
  const { dateline, rest } = splitDateline(blocks[firstPara]!.text);
  if (!dateline || !rest) return { ok: true, blocks };
  const out = blocks.slice();
  out[firstPara] = { kind: 'paragraph', text: rest };
  return { ok: true, dateline, blocks: out };
}
