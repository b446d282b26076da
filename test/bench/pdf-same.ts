/**
 * Checks that a change to the PDF reader or the pipeline leaves `extract --format json`
 * byte-identical on every PDF in the repository (fixtures, corpus, the 180-page bench document).
 *
 *   npx tsx test/bench/pdf-same.ts write DIR   # before the change (DIR outside the repository)
 *   npx tsx test/bench/pdf-same.ts check DIR   # after it: lists every file whose output differs
 *
 * Each PDF is extracted twice, with `--pdf-engine auto` and `--pdf-engine fast` (the fast reader
 * alone, so a change to it shows even where auto falls back to pdfjs). Runs the build in dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !dir) {
  console.error('usage: tsx test/bench/pdf-same.ts write|check DIR');
  process.exit(2);
}

function pdfsUnder(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const p = join(root, name);
    if (statSync(p).isDirectory()) out.push(...pdfsUnder(p));
    else if (name.endsWith('.pdf')) out.push(p);
  }
  return out;
}

const files = [...pdfsUnder('corpus'), ...pdfsUnder('test')];
// The bench document: every corpus PDF ten times over, as test/bench/pdf.ts makes it.
const big = join(dir, 'big.pdf');
if (mode === 'write') {
  mkdirSync(dir, { recursive: true });
  const corpus = pdfsUnder('corpus/pdf');
  const made = spawnSync('qpdf', ['--empty', '--pages', ...Array.from({ length: 10 }, () => corpus).flat(), '--', big]);
  if (made.status !== 0) throw new Error(`qpdf failed: ${made.stderr.toString()}`);
}
if (existsSync(big)) files.push(big);

let differ = 0;
for (const file of files) {
  for (const engine of ['auto', 'fast']) {
    const r = spawnSync('node', ['bin/kronkoll.js', 'extract', file, '--format', 'json', '--pdf-engine', engine], { maxBuffer: 1 << 30 });
    const got = `exit ${r.status}\n--- stdout\n${r.stdout.toString()}\n--- stderr\n${r.stderr.toString()}`;
    const key = join(dir, `${file.replace(/[/\\]/g, '__')}.${engine}.out`);
    if (mode === 'write') writeFileSync(key, got);
    else if (readFileSync(key, 'utf8') !== got) {
      differ++;
      console.log(`DIFFERS: ${file} (${engine})`);
    }
  }
}
console.log(mode === 'write' ? `wrote ${files.length * 2} outputs to ${dir}` : `${files.length * 2 - differ} same, ${differ} differ`);
process.exitCode = differ ? 1 : 0;
