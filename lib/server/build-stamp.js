// @ts-check
// The build's identity: a SHA-256 over the files a build reads (every tracked or new, not ignored, file, less docs and
// tests) and the lockfile. `npm start` compares it with the stamp the last successful build left in the build dir and
// rebuilds only when they differ (scripts/start.js); next.config.js makes it the build id, which keys the service
// worker's cache (public/sw.js), so an upgrade evicts the old build's assets. Same sources, same id, same assets.
// Plain JavaScript: next.config.js and scripts/start.js load it before anything could compile TypeScript.
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const STAMP_FILE = 'claimcheck-sources.sha256';
// what never changes a build: generated or local output, docs and tests
const SKIP_DIRS = new Set(['node_modules', '.git', 'data', 'docs', 'e2e', 'test-results', 'playwright-report', 'coverage', 'out']);
function skipFile(/** @type {string} */ rel) {
  const dirs = rel.split('/').slice(0, -1);
  return (
    dirs.some((d) => SKIP_DIRS.has(d) || d.startsWith('.next')) ||
    /\.(test|spec)\.[cm]?[jt]sx?$/.test(rel) ||
    /\.md$/i.test(rel) ||
    rel === 'next-env.d.ts' ||
    rel.endsWith('.tsbuildinfo')
  );
}

/** Every file git knows or would add, or a walk of the tree where there is no git. @param {string} root */
function listFiles(root) {
  const git = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0 && git.stdout) return git.stdout.split('\0').filter(Boolean);
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ dir) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.next')) walk(rel);
      } else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out;
}

/** @param {string} root the project folder @returns {string} hex SHA-256 */
function sourceHash(root) {
  const hash = crypto.createHash('sha256');
  const files = [...new Set([...listFiles(root), 'package-lock.json'])].filter((rel) => !skipFile(rel)).sort();
  for (const rel of files) {
    let body;
    try {
      body = fs.readFileSync(path.join(root, rel));
    } catch {
      continue; // tracked but deleted in the working tree: it is not part of the build
    }
    hash.update(`${rel}\0${body.length}\0`).update(body);
  }
  return hash.digest('hex');
}

/** @param {string} distDir @returns {string | null} the hash the last successful build was made from */
function readStamp(distDir) {
  try {
    return fs.readFileSync(path.join(distDir, STAMP_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** @param {string} distDir @param {string} hash */
function writeStamp(distDir, hash) {
  fs.writeFileSync(path.join(distDir, STAMP_FILE), `${hash}\n`);
}

/** @param {string} distDir */
function clearStamp(distDir) {
  fs.rmSync(path.join(distDir, STAMP_FILE), { force: true });
}

module.exports = { sourceHash, readStamp, writeStamp, clearStamp, skipFile, STAMP_FILE };
