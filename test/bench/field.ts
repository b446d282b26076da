/**
 * Field documents: read every document in corpus/field/ (real public pages, see its README) with
 * kronkoll, compare the tables and findings with the hand-written golden files, and print the figures
 * for the tuning and the measuring parts separately, overall and per structure class:
 * cells exact, region rows exact, error findings true/false, true defects missed.
 * The matching is described in test/bench/field/match.ts. VERBOSE=1 lists each document's figures
 * and its error findings; FIELD_PART=tuning limits the run to the tuning part (for work on the
 * parsers, so that the measuring part stays unseen). FIELD_DIR points it at another folder of the
 * same layout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../src/document/load.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import type { Golden } from './field/golden.js';
import { addScore, emptyScore, scoreDocument, type Score } from './field/match.js';
import { extractFindings, extractTables } from './field/extract.js';
import { ReadError } from '../../src/readers/read-error.js';

// FIELD_DIR reads another folder laid out the same way (manifest.json, golden/): pages collected to
// try a reader on, kept out of the corpus.
const ROOT = process.env.FIELD_DIR ?? join('corpus', 'field');
interface Entry { file: string; part: 'tuning' | 'measuring'; classes: string[] }
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { documents: Record<string, Entry> };

const parts = ['tuning', 'measuring'] as const;
const total = { tuning: emptyScore(), measuring: emptyScore() };
const docs = { tuning: 0, measuring: 0 };
const byClass = new Map<string, { tuning: Score; measuring: Score; docs: { tuning: number; measuring: number } }>();
const crashes: string[] = [];
const unreadable: string[] = [];
const verbose: string[] = [];

const only = process.env.FIELD_PART;
for (const [id, entry] of Object.entries(manifest.documents).sort(([a], [b]) => a.localeCompare(b))) {
  if (only && entry.part !== only) continue;
  const golden = JSON.parse(readFileSync(join(ROOT, 'golden', `${id}.json`), 'utf8')) as Golden;
  const file = join(ROOT, entry.file);
  let s: Score;
  try {
    const doc = await loadDocument(file);
    const findings = runRules([doc], ALL_RULES, loadRuleContext([file])).get(file) ?? [];
    s = scoreDocument(golden, extractTables(doc), extractFindings(findings));
    if (process.env.VERBOSE) {
      verbose.push(`${entry.part.padEnd(9)} ${id}: cells ${s.cellsExact}/${s.cells}, region rows ${s.regionRowsExact}/${s.regionRows}, errors true/false ${s.errorsTrue}/${s.errorsFalse}, defects missed ${s.defectsMissed}/${s.defects}`);
      for (const f of findings.filter((x) => x.severity === 'error')) verbose.push(`    error ${f.location.line ?? ''}: ${f.ruleId} ${f.message}`);
    }
  } catch (e) {
    // A document kronkoll refuses to read scores zero; it stays in the figures.
    (e instanceof ReadError ? unreadable : crashes).push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    s = scoreDocument(golden, [], []);
  }
  addScore(total[entry.part], s);
  docs[entry.part]++;
  for (const c of golden.classes) {
    const slot = byClass.get(c) ?? { tuning: emptyScore(), measuring: emptyScore(), docs: { tuning: 0, measuring: 0 } };
    addScore(slot[entry.part], s);
    slot.docs[entry.part]++;
    byClass.set(c, slot);
  }
}

const pct = (a: number, b: number): string => (b === 0 ? '   –  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const line = (name: string, n: number, s: Score): string =>
  `  ${name.padEnd(20)} ${String(n).padStart(4)}  ${pct(s.cellsExact, s.cells)} of ${String(s.cells).padStart(5)}  ${pct(s.regionRowsExact, s.regionRows)} of ${String(s.regionRows).padStart(4)}  ${String(s.errorsTrue).padStart(4)} / ${String(s.errorsFalse).padEnd(4)}  ${String(s.defectsMissed).padStart(3)} of ${String(s.defects).padEnd(3)}  ${String(s.roundingsNoted).padStart(3)} of ${s.roundings}`;

console.log(`kronkoll on ${ROOT} (golden files written by reading each document)`);
for (const part of parts) {
  if (only && part !== only) continue;
  console.log('');
  console.log(`${part} part`);
  console.log(`  ${'class'.padEnd(20)} docs  cells exact         region rows exact  errors true/false  defects missed  rounding noted`);
  console.log(line('all', docs[part], total[part]));
  for (const [c, slot] of [...byClass.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (slot.docs[part] > 0) console.log(line(c, slot.docs[part], slot[part]));
  }
  const t = total[part];
  const missed = t.cells - t.cellsExact;
  const share = (n: number): string => `${n} (${pct(n, missed).trim()})`;
  console.log(`  tables whose numbers are in no table read: ${t.tablesUnread} of ${t.tables}; of them, one table read holds half their digits at some scale: ${t.unreadDigits}, half their row labels: ${t.unreadLabels}`);
  console.log(`  cells not exact: ${missed}; table not read ${share(t.missTable)}, numbers read in a table not paired with it ${share(t.missElsewhere)}, row not read ${share(t.missRow)}, column not read ${share(t.missColumn)}, cell blank ${share(t.missBlank)}, unit wrong ${share(t.missScale)}, other value ${share(t.missValue)}`);
}
for (const u of unreadable) console.log(`unreadable (scored as nothing read): ${u}`);
for (const c of crashes) console.log(`crash (scored as nothing read): ${c}`);
if (verbose.length > 0) console.log('');
for (const v of verbose) console.log(v);
