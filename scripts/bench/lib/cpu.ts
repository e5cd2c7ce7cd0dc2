// CPU accounting from /proc, so a run can say where the machine's time went: the app server(s), PostgreSQL, the
// load generator itself, and everything else (other work on the machine at the same time skews the figures).
import fs from 'node:fs';

const CLK_TCK = 100;

export function machineBusyMs(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const n = line.trim().split(/\s+/).slice(1).map(Number);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = (n[3] ?? 0) + (n[4] ?? 0);
  return { busy: ((total - idle) * 1000) / CLK_TCK, total: (total * 1000) / CLK_TCK };
}

function procCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK; // incl. reaped children
  } catch {
    return 0;
  }
}

function ppidOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return -1;
  }
}

/** The PostgreSQL postmaster listening on this port (found by its command line), if it runs here. */
export function findPostmaster(port: number): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if ((cmd[0] ?? '').endsWith('postgres') && cmd.includes('-p') && cmd[cmd.indexOf('-p') + 1] === String(port)) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

/** CPU ms of the postmaster and its live children (backends, checkpointer, WAL writer…). */
export function postgresCpuMs(postmaster: number | null): number {
  if (postmaster === null) return 0;
  let total = procCpuMs(postmaster);
  for (const entry of fs.readdirSync('/proc')) {
    if (/^\d+$/.test(entry) && ppidOf(Number(entry)) === postmaster) total += procCpuMs(Number(entry));
  }
  return total;
}

/** Share of the machine's CPU busy over `ms` (all cores). */
export async function machineBusyShare(ms: number): Promise<number> {
  const a = machineBusyMs();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineBusyMs();
  return (b.busy - a.busy) / Math.max(1, b.total - a.total);
}

/**
 * Waits (up to maxMs) until the machine is quiet: other work on the same cores (builds, test suites) distorts a
 * benchmark. Returns the busy share last seen.
 */
export async function waitQuiet(maxMs: number, threshold = 0.2, log: (s: string) => void = () => {}): Promise<number> {
  const until = Date.now() + maxMs;
  let share = await machineBusyShare(3000);
  while (share > threshold && Date.now() < until) {
    log(`machine ${Math.round(share * 100)}% busy with other work: waiting for it to calm down (up to ${Math.round((until - Date.now()) / 1000)} s more)`);
    await new Promise((r) => setTimeout(r, 12_000));
    share = await machineBusyShare(3000);
  }
  return share;
}
