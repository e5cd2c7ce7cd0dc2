import { describe, expect, it } from 'vitest';
import { escapeXml, h, serialize, stripInvalidXml } from './xml';

describe('escapeXml', () => {
  it('escapes markup, entities and both quotes, and keeps emoji and right-to-left text as they are', () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b> 🎉 یہ`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt; 🎉 یہ');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
  it('drops the characters no XML document may hold (controls, lone surrogates), keeps tab and newline', () => {
    expect(stripInvalidXml('a\u0000b\u0007c\td\ne\uD800f\uFFFF')).toBe('abc\td\nef');
    expect(escapeXml('😀')).toBe('😀');
  });
});

describe('serialize', () => {
  const tree = h('choiceInteraction', { responseIdentifier: 'R', maxChoices: 1, class: 'x', skipped: undefined }, h('p', { class: 'y' }, 'a < b'), h('contentBody', {}, h('p', {}, 'inside')));
  it('writes QTI 3.0 names for QTI elements and attributes, leaving HTML as it is', () => {
    expect(serialize(tree, 'qti3')).toBe(
      '<qti-choice-interaction response-identifier="R" max-choices="1" class="x">\n  <p class="y">a &lt; b</p>\n  <qti-content-body>\n    <p>inside</p>\n  </qti-content-body>\n</qti-choice-interaction>',
    );
  });
  it('writes QTI 2.1 names and leaves out the 3.0 content wrapper, keeping its content', () => {
    expect(serialize(tree, 'qti21')).toBe('<choiceInteraction responseIdentifier="R" maxChoices="1" class="x">\n  <p class="y">a &lt; b</p>\n  <p>inside</p>\n</choiceInteraction>');
  });
});
