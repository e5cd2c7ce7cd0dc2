// npm run docs:exports: writes the per-type blocks of docs/exports.md (the mapping table and what each format
// loses) from the types' export.ts, so a new type reaches the doc without a hand edit.
import fs from 'node:fs';
import path from 'node:path';
import { writeExportsDoc } from '../lib/export/docs';

const file = path.join(import.meta.dirname, '../docs/exports.md');
const before = fs.readFileSync(file, 'utf8');
const after = writeExportsDoc(before);
fs.writeFileSync(file, after);
console.log(after === before ? 'docs/exports.md is up to date' : 'docs/exports.md: rewrote the mapping table and the losses');
