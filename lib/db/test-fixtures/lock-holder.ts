// Child process for pglite-lock.test.ts: takes the lock for argv[2], reports on stdout, holds it until stdin closes.
import { acquireLock } from '../pglite-lock';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: lock-holder <dataDir>');
try {
  const lock = acquireLock(dataDir);
  process.stdout.write(`LOCKED ${process.pid}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    lock.release();
    process.exit(0);
  });
} catch (error) {
  process.stdout.write(`REFUSED ${(error as Error).message}\n`);
  process.exit(3);
}
