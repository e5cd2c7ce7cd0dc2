// Times the claim assistant on a 1,500-word article (issue 15, part 6: at most 300 ms on this machine).
// The article is the Paktika report's paragraphs repeated until they pass 1,500 words. Reports the language
// library's load apart from the work, the first (cold) annotation, and the median of the runs after it.
//
// The machine is shared: it first waits (up to --wait-quiet-s, default 120) for other work to calm down, and reports
// CPU time beside wall time, since CPU time moves much less when other processes take the cores.
//
//   node --import tsx scripts/bench/annotate.ts [--runs N] [--wait-quiet-s S] [--no-write]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { articleSchema } from '../../content/schema';
import { num, parseArgs } from './lib/args';
import { machineBusyShare, waitQuiet } from './lib/cpu';
import { appendMarkdown, median, percentile, round, stamp } from './lib/report';
import { machine, ROOT } from './lib/server';

const TARGET_MS = 300;
const WORDS = 1500;
const args = parseArgs(process.argv.slice(2));
const runs = num(args, 'runs', 15);
const write = !args.has('no-write');

// the Paktika report as a teacher would paste it: one line per paragraph or heading, from the shipped article
const shipped = articleSchema.parse(YAML.parse(fs.readFileSync(path.join(ROOT, 'content', 'articles', 'paktika-airstrikes-2024.yaml'), 'utf8')));
const lines = shipped.blocks.map((b) => (b.kind === 'heading' ? b.text : b.sentences.map((s) => s.text).join(' ')));
const out: string[] = [];
const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
let words = 0;
for (let i = 0; words < WORDS; i++) {
  const line = lines[i % lines.length]!;
  out.push(line);
  words += count(line);
}
const article = out.join('\n');

async function main(): Promise<void> {
  const before = await waitQuiet(num(args, 'wait-quiet-s', 120) * 1000, 0.3, (line) => console.error(`[bench] ${line}`));
  const ms = (from: number) => performance.now() - from;
  const cpuMs = (from: NodeJS.CpuUsage) => {
    const d = process.cpuUsage(from);
    return (d.user + d.system) / 1000;
  };
  let t = performance.now();
  const nlp = await import('../../lib/authoring/nlp');
  const importMs = ms(t);
  t = performance.now();
  nlp.loadNlp();
  const modelMs = ms(t);
  const { pastedArticle } = await import('../../lib/authoring/paste');
  const { splitArticle } = await import('../../lib/authoring/sentences');
  const { annotateArticle } = await import('../../lib/authoring/annotate');
  const { acceptSuggestions, draftItems } = await import('../../lib/authoring/draft');
  const { loadLexicon } = await import('../../lib/authoring/lexicon-file');
  const lexicon = loadLexicon();

  function annotate() {
    const pasted = pastedArticle(article, 'text');
    if (!pasted.ok) throw new Error(pasted.message.key);
    const blocks = splitArticle(pasted.blocks);
    return { blocks, result: annotateArticle(blocks, lexicon) };
  }

  t = performance.now();
  const coldCpu = process.cpuUsage();
  const first = annotate();
  const coldMs = ms(t);
  const coldCpuMs = cpuMs(coldCpu);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const draftTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const c = process.cpuUsage();
    const { blocks, result } = annotate();
    times.push(ms(t));
    cpuTimes.push(cpuMs(c));
    t = performance.now();
    draftItems(acceptSuggestions(blocks, result));
    draftTimes.push(ms(t));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const med = median(times);
  const sentences = first.result.sentences.length;
  const rev = spawnSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
  const m = machine();
  const verdict = med <= TARGET_MS ? 'met' : 'missed';
  const after = await machineBusyShare(2000);
  const busy = `machine ${Math.round(before * 100)}% busy with other work before the runs, ${Math.round(after * 100)}% after; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`;

  const summary = [
    `article: ${words} words, ${article.length} characters, ${sentences} sentences (the Paktika report's paragraphs repeated)`,
    `library load: import ${round(importMs)} ms (wink-nlp and its model, through tsx), model init ${round(modelMs)} ms`,
    `first annotation (cold): ${round(coldMs)} ms (CPU ${round(coldCpuMs)} ms)`,
    `annotation (paste → sentences → suggestions), ${runs} runs: median ${round(med, 1)} ms, p90 ${round(percentile(sorted, 90), 1)} ms, max ${round(sorted.at(-1)!, 1)} ms`,
    `  CPU time of the same runs: median ${round(median(cpuTimes), 1)} ms`,
    `drafting items from it: median ${round(median(draftTimes), 1)} ms`,
    busy,
    `target ≤ ${TARGET_MS} ms (median): ${verdict}`,
  ];
  console.log(summary.join('\n'));

  if (write) {
    appendMarkdown(
      [
        `### Claim assistant: annotating a ${words.toLocaleString('en')}-word article — ${stamp()}`,
        '',
        `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; git ${rev}. \`node --import tsx scripts/bench/annotate.ts\`.`,
        '',
        `- Library load, once per page (not per annotation): import ${round(importMs)} ms, model init ${round(modelMs)} ms.`,
        `- First annotation, cold: ${round(coldMs)} ms (CPU ${round(coldCpuMs)} ms). Then ${runs} runs: median **${round(med, 1)} ms**, p90 ${round(percentile(sorted, 90), 1)} ms, max ${round(sorted.at(-1)!, 1)} ms, CPU time median ${round(median(cpuTimes), 1)} ms (${sentences} sentences: paste, split, per-sentence suggestions, parties, statuses).`,
        `- Drafting the items from the annotations: median ${round(median(draftTimes), 1)} ms.`,
        `- ${busy[0]!.toUpperCase()}${busy.slice(1)}.`,
        '',
        `Target ≤ ${TARGET_MS} ms: ${verdict}.`,
      ].join('\n'),
    );
    console.log('appended to docs/benchmarks.md');
  }
  if (verdict === 'missed') process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
