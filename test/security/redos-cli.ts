/**
 * `npm run check:redos [-- --update]`: checks every pattern with recheck, one at a time, and
 * prints the ones that are not safe. With --update it records the safe ones in
 * redos-verdicts.json, which lets `npm test` check only patterns that are new since.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPatterns, patternKey, verdict } from './redos-check.js';

const VERDICTS = join(import.meta.dirname, 'redos-verdicts.json');
const update = process.argv.includes('--update');
const { patterns } = await allPatterns();
const started = Date.now();
const safe: string[] = [];
const bad: string[] = [];
for (const p of patterns) {
  const v = await verdict(p.source, p.flags);
  if (v === 'safe') safe.push(patternKey(p));
  else bad.push(`${p.where} ${patternKey(p)}: ${v}`);
}
for (const b of bad) console.log(b);
console.log(`${patterns.length} patterns, ${safe.length} safe, ${bad.length} not safe, ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (update) {
  const previous = JSON.parse(readFileSync(VERDICTS, 'utf8')) as { safe: string[] };
  writeFileSync(VERDICTS, `${JSON.stringify({ checker: 'recheck 4.5.0', safe: [...new Set(safe)].sort() }, null, 2)}\n`);
  console.log(`redos-verdicts.json: ${safe.length} safe patterns (was ${previous.safe.length})`);
}
process.exitCode = bad.length > 0 ? 1 : 0;
