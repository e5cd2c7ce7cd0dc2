// The article, sentence by sentence; sentences an item is about can be marked.
import type { Article } from '@/content/schema';

export function ArticleText({
  article,
  highlight = [],
  headingLevel = 2,
}: {
  article: Article;
  highlight?: readonly string[];
  headingLevel?: 2 | 3;
}) {
  const marked = new Set(highlight);
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  // the dateline opens the first paragraph
  const firstParagraph = article.blocks.find((b) => b.kind !== 'heading')?.id;
  return (
    <div className="article" lang="en" dir="ltr">
      {article.blocks.map((block) => {
        if (block.kind === 'heading') return <Heading key={block.id}>{block.text}</Heading>;
        const dateline = block.id === firstParagraph ? <span className="dateline">{article.dateline}: </span> : null;
        return (
          <p key={block.id} id={`article-${block.id}`}>
            {dateline}
            {block.sentences.map((s, i) => (
              <span key={s.id} id={`sentence-${s.id}`} data-sentence={s.id}>
                {i > 0 ? ' ' : ''}
                {marked.has(s.id) ? <mark>{s.text}</mark> : s.text}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}

export function sentenceText(article: Article, ids: readonly string[]): Array<{ id: string; text: string }> {
  const out: Array<{ id: string; text: string }> = [];
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const s of block.sentences) if (ids.includes(s.id)) out.push({ id: s.id, text: s.text });
  }
  return out;
}
