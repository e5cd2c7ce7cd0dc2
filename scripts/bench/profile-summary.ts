// Summarises a V8 .cpuprofile (from `npm run bench -- --cpu-prof`): self time by function and by package, and the
// inclusive time of a few frames worth knowing about (PGlite's WebAssembly, React rendering, zod, drizzle).
//   node --import tsx scripts/bench/profile-summary.ts /tmp/cc-bench-prof/<run>/server-1/<file>.cpuprofile [--top 30]
import fs from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: profile-summary.ts FILE.cpuprofile [--top N]');
  process.exit(2);
}
const topIdx = process.argv.indexOf('--top');
const top = topIdx > 0 ? Number(process.argv[topIdx + 1]) : 30;
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// time per sample: the delta that follows it
const selfUs = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i] as number;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, dt));
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function pkg(url: string): string {
  if (!url) return '(native / V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === 'next' && url.includes('/compiled/')) return `next/compiled/${url.split('/compiled/')[1]?.split('/')[0] ?? ''}`;
    return name ?? url;
  }
  if (url.includes('.next-bench/server/chunks')) return 'app server chunks (.next-bench)';
  if (url.startsWith('node:')) return 'node core';
  if (url.startsWith('wasm://')) return 'wasm (PGlite)';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

const bySelfFn = new Map<string, number>();
const byPkg = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id);
  if (!n) continue;
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${pkg(n.callFrame.url)}`;
  bySelfFn.set(key, (bySelfFn.get(key) ?? 0) + us);
  byPkg.set(pkg(n.callFrame.url), (byPkg.get(pkg(n.callFrame.url)) ?? 0) + us);
}

// inclusive: a sample counts once for every distinct matching frame on its stack
const inclusive = new Map<string, number>();
const markers: [string, (n: Node) => boolean][] = [
  ['PGlite (any frame in @electric-sql/pglite or wasm)', (n) => n.callFrame.url.includes('@electric-sql/pglite') || n.callFrame.url.startsWith('wasm://')],
  ['node-postgres (pg, pg-protocol)', (n) => /node_modules\/pg(-protocol|-pool)?\//.test(n.callFrame.url)],
  ['drizzle-orm', (n) => n.callFrame.url.includes('drizzle-orm')],
  ['zod', (n) => n.callFrame.url.includes('/zod/') || n.callFrame.url.includes('zod')],
  ['React server rendering (react-dom/server, react-server-dom)', (n) => /react-dom|react-server-dom/.test(n.callFrame.url)],
  ['garbage collector', (n) => n.callFrame.functionName === '(garbage collector)'],
  ['(idle)', (n) => n.callFrame.functionName === '(idle)'],
];
for (const [id, us] of selfUs) {
  const hit = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur);
    if (!n) break;
    for (const [name, test] of markers) if (test(n)) hit.add(name);
  }
  for (const name of hit) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
}

const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
console.log(`${file}\nsampled ${(total / 1e6).toFixed(1)} s\n\nby package (self time):`);
for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
console.log('\ninclusive:');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1])) console.log(`${ms(v)} ${pct(v)}  ${k}`);
console.log(`\ntop ${top} functions (self time):`);
for (const [k, v] of [...bySelfFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(v)} ${pct(v)}  ${k}`);
