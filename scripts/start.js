// @ts-check
// `npm start`: build if the sources changed since the last successful build, then serve (server.js).
// `npm run build`: always build. Either way the build dir gets a stamp of the sources it was built from
// (lib/server/build-stamp.js), so a second `npm start` on unchanged sources skips straight to serving.
//   node scripts/start.js [--build-only] [server.js options: -p PORT -H HOST]
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { clearStamp, readStamp, sourceHash, writeStamp } = require('../lib/server/build-stamp.js');

const root = path.resolve(__dirname, '..');
const distDir = path.join(root, process.env.NEXT_DIST_DIR ?? '.next');
const buildOnly = process.argv.includes('--build-only');

const hash = sourceHash(root);
const built = readStamp(distDir);
if (buildOnly || built !== hash) {
  console.log(buildOnly ? '▲ building' : built ? '▲ sources changed since the last build: building' : '▲ no build yet: building');
  clearStamp(distDir); // a build that fails half-way must not look finished
  const next = require.resolve('next/dist/bin/next', { paths: [root] });
  const result = spawnSync(process.execPath, [next, 'build'], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeStamp(distDir, hash);
} else {
  console.log('▲ the build is up to date with the sources: serving it (delete .next to force a build)');
}
if (!buildOnly) {
  process.argv = process.argv.filter((a) => a !== '--build-only');
  require('../server.js');
}
