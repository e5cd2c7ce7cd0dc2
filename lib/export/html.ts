// HTML fragments for Moodle XML and GIFT question text: every piece of authored text is escaped, then the writer
// escapes the whole fragment again for its own syntax (XML text, GIFT specials).
import type { Article, Item } from '@/content/schema';
import { articleSource, itemSentences, itemStimuli } from './stimulus';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const htmlParagraphs = (texts: string[]) => texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('');

/** Quoted article sentences, the item's stimuli with their labels, the lead text (passage, finding), the prompt. */
export function questionHtml(item: Item, article: Article | undefined, lead: string[]): string {
  const sentences = itemSentences(item, article);
  const parts: string[] = [];
  if (sentences.length) parts.push(`<blockquote>${htmlParagraphs(sentences.map((s) => s.text))}</blockquote>`);
  for (const s of itemStimuli(item)) {
    parts.push(
      `<div><p><strong>${escapeHtml(s.label)}</strong></p><p><em>${escapeHtml(s.title)}</em></p>${htmlParagraphs(s.paragraphs)}${s.source ? htmlParagraphs([s.source]) : ''}</div>`,
    );
  }
  parts.push(htmlParagraphs(lead));
  parts.push(htmlParagraphs([item.prompt]));
  return parts.join('');
}

export function articleHtml(article: Article): string {
  const blocks = article.blocks.map((b) =>
    b.kind === 'heading' ? `<h3>${escapeHtml(b.text)}</h3>` : htmlParagraphs([b.sentences.map((s) => s.text).join(' ')]),
  );
  return `<h2>${escapeHtml(article.title)}</h2>${htmlParagraphs([articleSource(article), ...(article.note ? [article.note] : [])])}${blocks.join('')}`;
}
