// WCAG 2 contrast between two #rrggbb colours, and the tokens of app/globals.css per colour scheme.

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function declarations(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

function blockAfter(css: string, marker: string): string {
  const start = css.indexOf(marker);
  if (start < 0) throw new Error(`no ${marker} in the stylesheet`);
  const open = css.indexOf('{', start + marker.length - 1);
  return css.slice(open + 1, css.indexOf('}', open));
}

/** The colour tokens of each scheme, dark ones falling back to light, var() references resolved. */
export function schemeTokens(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const light = declarations(blockAfter(css, ':root {'));
  const dark = new Map([...light, ...declarations(blockAfter(css, '@media (prefers-color-scheme: dark) {\n  :root {'))]);
  const resolve = (tokens: Map<string, string>) => {
    for (const [k, v] of tokens) {
      const ref = /^var\(--([\w-]+)\)$/.exec(v);
      if (ref?.[1]) tokens.set(k, tokens.get(ref[1]) ?? v);
    }
    return tokens;
  };
  return { light: resolve(light), dark: resolve(dark) };
}
