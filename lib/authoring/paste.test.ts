import { describe, expect, it } from 'vitest';
import { say } from './messages';
import { MAX_ARTICLE_CHARS, htmlToBlocks, pastedArticle, splitDateline, textToBlocks } from './paste';
import { englishT } from './test-t';

describe('htmlToBlocks', () => {
  it('drops script, style and other non-text elements with their content', () => {
    const blocks = htmlToBlocks(
      '<p>Before<script>alert("x")</script> after.</p><style>p{color:red}</style><noscript>no js</noscript><template><p>hidden</p></template><p>Last.</p>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Before after.' },
      { kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('decodes entities once, so escaped markup stays text', () => {
    const [block] = htmlToBlocks('<p>Tom &amp; Jerry said &ldquo;hi&rdquo; &lt;img src=x onerror=alert(1)&gt; &#8212; &nbsp;ok</p>');
    expect(block?.text).toBe('Tom & Jerry said “hi” <img src=x onerror=alert(1)> — ok');
  });

  it('turns block elements and line breaks into paragraphs and h1-h6 into headings', () => {
    const blocks = htmlToBlocks(
      '<article><h1>Title <em>here</em></h1><div>One <b>bold</b> line.<br>Second line.</div><h3>Section</h3><ul><li>Item one.</li><li>Item two.</li></ul>Tail text.</article>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Title here' },
      { kind: 'paragraph', text: 'One bold line.' },
      { kind: 'paragraph', text: 'Second line.' },
      { kind: 'heading', text: 'Section' },
      { kind: 'paragraph', text: 'Item one.' },
      { kind: 'paragraph', text: 'Item two.' },
      { kind: 'paragraph', text: 'Tail text.' },
    ]);
  });

  it('reads a line break in the HTML source as a space, not a new paragraph', () => {
    expect(htmlToBlocks('<p>One sentence\n  wrapped in the source.</p>\n\n<p>Two.</p>')).toEqual([
      { kind: 'paragraph', text: 'One sentence wrapped in the source.' },
      { kind: 'paragraph', text: 'Two.' },
    ]);
  });

  it('survives unclosed and malformed markup', () => {
    expect(htmlToBlocks('<p>Open <b>bold <script>bad()')).toEqual([{ kind: 'paragraph', text: 'Open bold' }]);
  });
});

describe('textToBlocks', () => {
  it('reads one paragraph a line and a short line without closing punctuation as a heading', () => {
    expect(textToBlocks('First para. Still first.\n\nRising Tensions\nSecond para “quoted.”\n')).toEqual([
      { kind: 'paragraph', text: 'First para. Still first.' },
      { kind: 'heading', text: 'Rising Tensions' },
      { kind: 'paragraph', text: 'Second para “quoted.”' },
    ]);
  });
});

describe('splitDateline', () => {
  it('takes a capitalised place name and colon or dash off the first paragraph', () => {
    expect(splitDateline('PESHAWAR: Strikes hit.')).toEqual({ dateline: 'PESHAWAR', rest: 'Strikes hit.' });
    expect(splitDateline('PORT VELLA (Gazette) — Water rose.')).toEqual({ dateline: 'PORT VELLA', rest: 'Water rose.' });
    expect(splitDateline('Officials: nothing.')).toEqual({ rest: 'Officials: nothing.' });
  });
});

describe('pastedArticle', () => {
  it(`accepts ${MAX_ARTICLE_CHARS} characters of text and refuses one more with the limit in the message`, () => {
    const text = 'a'.repeat(MAX_ARTICLE_CHARS - 1) + '.';
    expect(pastedArticle(text).ok).toBe(true);
    const refused = pastedArticle(text + 'b');
    expect(refused).toEqual({
      ok: false,
      message: { key: 'paste.tooLong', values: { length: MAX_ARTICLE_CHARS + 1, limit: MAX_ARTICLE_CHARS } },
    });
    // the numbers are formatted for the reader's locale
    expect(!refused.ok && say(englishT('authoring'), [refused.message])).toContain('20,001 characters long; the limit is 20,000');
  });

  it('counts the text of HTML, not its markup, against the limit', () => {
    const para = `<p class="${'x'.repeat(200)}">Short sentence.</p>`;
    expect(pastedArticle(para.repeat(100)).ok).toBe(true); // 22,000+ characters of HTML, 1,600 of text
    const long = `<p>${'word '.repeat(4100)}</p>`;
    expect(pastedArticle(long)).toEqual({
      ok: false,
      message: { key: 'paste.tooLong', values: { length: 20_499, limit: MAX_ARTICLE_CHARS } },
    });
  });

  it('refuses input with no article text', () => {
    expect(pastedArticle('<script>only()</script>')).toEqual({ ok: false, message: { key: 'paste.noText' } });
    expect(pastedArticle('   \n  ').ok).toBe(false);
  });

  it('splits off the dateline', () => {
    const result = pastedArticle('KABUL: The strikes began at night.\nMore text.');
    expect(result).toEqual({
      ok: true,
      dateline: 'KABUL',
      blocks: [
        { kind: 'paragraph', text: 'The strikes began at night.' },
        { kind: 'paragraph', text: 'More text.' },
      ],
    });
  });
});
