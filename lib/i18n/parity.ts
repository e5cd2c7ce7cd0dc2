// Pure checks behind lib/i18n/parity.test.ts: flatten nested messages to "ns.key" paths and compare two locales.
import type { Messages } from './load-messages';

export function flattenMessages(messages: Messages, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flattenMessages(value as Messages, at));
    else flat[at] = value;
  }
  return flat;
}

/** The ICU argument names of a message, sorted: `{n}`, `{n, plural, …}`, `{d, date}`, and those inside branches. */
export function messageArguments(message: string): string[] {
  const names = new Set<string>();
  // ICU quoting: text between apostrophes is literal ('' is an apostrophe)
  const text = message.replace(/''/g, '').replace(/'[{}#|][^']*'/g, '');
  let i = 0;
  // reads message text until an unmatched "}" (the end of a branch) or the end
  const readText = (): void => {
    while (i < text.length && text[i] !== '}') {
      if (text[i] === '{') {
        i++;
        readArgument();
      } else i++;
    }
  };
  // after "{": name [, type [, style | branches]] "}"
  const readArgument = (): void => {
    const head = /^\s*([^\s,{}]+)\s*(?:,\s*([a-z]+)\s*)?/.exec(text.slice(i));
    if (!head) return;
    if (head[1] && head[1] !== '#') names.add(head[1]);
    i += head[0].length;
    const type = head[2];
    if (text[i] === ',') i++;
    if (type === 'plural' || type === 'select' || type === 'selectordinal') {
      // branches: key {text} key {text} … }
      while (i < text.length && text[i] !== '}') {
        if (text[i] === '{') {
          i++;
          readText();
          i++; // the branch's "}"
        } else i++;
      }
    } else {
      while (i < text.length && text[i] !== '}') i++;
    }
    i++; // the argument's "}"
  };
  readText();
  return [...names].sort();
}

export function parityProblems(a: { locale: string; messages: Messages }, b: { locale: string; messages: Messages }): string[] {
  const fa = flattenMessages(a.messages);
  const fb = flattenMessages(b.messages);
  const problems: string[] = [];
  for (const key of [...new Set([...Object.keys(fa), ...Object.keys(fb)])].sort()) {
    if (!(key in fb)) problems.push(`${key}: in ${a.locale}, not in ${b.locale}`);
    else if (!(key in fa)) problems.push(`${key}: in ${b.locale}, not in ${a.locale}`);
    else {
      const argsA = messageArguments(String(fa[key])).join(', ');
      const argsB = messageArguments(String(fb[key])).join(', ');
      if (argsA !== argsB) problems.push(`${key}: arguments differ (${a.locale}: ${argsA}; ${b.locale}: ${argsB})`);
    }
  }
  return problems;
}
