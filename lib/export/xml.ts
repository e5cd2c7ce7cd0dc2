// A small XML tree and its serializer. One tree serves both QTI versions: nodes are written with QTI 2.1's
// camelCase names and the QTI 3.0 dialect rewrites them (choiceInteraction -> qti-choice-interaction,
// responseIdentifier -> response-identifier); HTML elements pass through unchanged in both.

export type XNode = XElement | string;
export interface XElement {
  name: string;
  attrs: Record<string, string | number | boolean | undefined>;
  children: XNode[];
}
export type Dialect = 'qti3' | 'qti21' | 'plain';

/** An element; undefined attributes are left out, nested arrays of children are flattened. */
export function h(
  name: string,
  attrs: XElement['attrs'] = {},
  ...children: Array<XNode | XNode[] | null | undefined | false>
): XElement {
  const flat: XNode[] = [];
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) flat.push(...c);
    else flat.push(c);
  }
  return { name, attrs, children: flat };
}

// Characters XML 1.0 forbids in any document (C0 controls other than tab, newline, return; lone surrogates;
// U+FFFE/U+FFFF). They are dropped: there is no way to escape them.
// oxlint-disable-next-line no-control-regex -- these are the characters to drop
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for element content and for attribute values (quotes included, so one function serves both). */
/** Drops what no XML document may contain (for text that is not escaped, such as a comment). */
export const stripInvalidXml = (text: string) => text.replace(INVALID_XML, '');

export function escapeXml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const HTML = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'cite', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'hr', 'i', 'li', 'object',
  'ol', 'p', 'q', 'small', 'span', 'strong', 'ul', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
]);
/** The QTI 3.0 content wrapper: written as qti-content-body in 3.0 and left out (children kept) in 2.1. */
export const UNWRAP_IN_21 = 'contentBody';
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function elementName(name: string, dialect: Dialect): string {
  if (dialect !== 'qti3' || HTML.has(name) || name.includes(':')) return name;
  return `qti-${kebab(name)}`;
}
function attrName(element: string, name: string, dialect: Dialect): string {
  if (dialect !== 'qti3' || HTML.has(element) || name.includes(':') || name.startsWith('data-')) return name;
  return kebab(name);
}

/** Serializes a tree. Block-level children are indented for people who open the file; text is never re-flowed. */
export function serialize(node: XNode, dialect: Dialect, indent = ''): string {
  if (typeof node === 'string') return escapeXml(node);
  // QTI 3.0 wraps rubric and feedback content in qti-content-body; QTI 2.1 puts the same content directly inside
  if (node.name === UNWRAP_IN_21 && dialect === 'qti21') {
    return node.children.map((c) => serialize(c, dialect, indent)).join(`\n${indent}`);
  }
  const name = elementName(node.name, dialect);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${attrName(node.name, k, dialect)}="${escapeXml(String(v))}"`)
    .join('');
  if (node.children.length === 0) return `<${name}${attrs}/>`;
  const mixed = node.children.some((c) => typeof c === 'string');
  if (mixed) return `<${name}${attrs}>${node.children.map((c) => serialize(c, dialect, '')).join('')}</${name}>`;
  const inner = indent + '  ';
  const kids = node.children.map((c) => `\n${inner}${serialize(c, dialect, inner)}`).join('');
  return `<${name}${attrs}>${kids}\n${indent}</${name}>`;
}

export function xmlDocument(root: XElement, dialect: Dialect): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(root, dialect)}\n`;
}
