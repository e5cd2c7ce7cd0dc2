// A small argv reader: --name value, --name=value, and bare --flag.
export function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) out.set(a.slice(2), argv[++i] as string);
    else out.set(a.slice(2), true);
  }
  return out;
}

export function num(args: Map<string, string | true>, name: string, fallback: number): number {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (v === true || !Number.isFinite(n)) throw new Error(`--${name} needs a number`);
  return n;
}

export function str(args: Map<string, string | true>, name: string, fallback: string): string {
  const v = args.get(name);
  if (v === undefined) return fallback;
  if (v === true) throw new Error(`--${name} needs a value`);
  return v;
}

/** "1000-3000" or "500": a [min, max] range. */
export function range(args: Map<string, string | true>, name: string, fallback: [number, number]): [number, number] {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const m = /^(\d+)(?:-(\d+))?$/.exec(String(v));
  if (!m) throw new Error(`--${name} takes MS or MIN-MAX, e.g. 1000-3000`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return [Math.min(lo, hi), Math.max(lo, hi)];
}
