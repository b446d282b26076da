/**
 * Real documents: audit every page in ../shared/regeringen/ (7 218 Markdown pages from the
 * government's site) and print how many were read, could not be read, crashed, and carry
 * error-level findings; how many tables and region tables were found; and the time.
 * Error-level findings are listed so each can be reviewed by hand (VERBOSE=1 lists warnings too).
 * Corpus rules run over each folder as one corpus.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDocument } from '../../src/document/load.js';
import type { Document } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import { ReadError } from '../../src/readers/read-error.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { loadRuleContext } from '../../src/corpus/context.js';

const ROOT = process.env.REGERINGEN ?? join('..', 'shared', 'regeringen');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.md') && name !== 'README.md') out.push(full);
  }
  return out;
}

const started = performance.now();
const folders = readdirSync(ROOT).filter((f) => statSync(join(ROOT, f)).isDirectory()).sort();
let read = 0;
let tables = 0;
let regionTables = 0;
const unreadable: string[] = [];
const crashes: string[] = [];
const errorDocs = new Set<string>();
const listed: Finding[] = [];
const perRule = new Map<string, { error: number; warning: number; info: number }>();
let readMs = 0;
let ruleMs = 0;

for (const folder of folders) {
  const docs: Document[] = [];
  for (const file of walk(join(ROOT, folder))) {
    const t0 = performance.now();
    try {
      const doc = await loadDocument(file);
      docs.push(doc);
      read++;
      tables += doc.tables.length;
      regionTables += doc.tables.filter((t) => t.rows.filter((r) => r.region).length >= 10).length;
    } catch (e) {
      if (e instanceof ReadError) unreadable.push(`${e.file}: ${e.reason}`);
      else crashes.push(`${file}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    }
    readMs += performance.now() - t0;
  }
  const t1 = performance.now();
  let byFile: Map<string, Finding[]>;
  try {
    byFile = runRules(docs, ALL_RULES, loadRuleContext(docs.map((d) => d.file)));
  } catch (e) {
    crashes.push(`rules over ${folder}: ${e instanceof Error ? e.stack?.split('\n').slice(0, 3).join(' | ') : String(e)}`);
    continue;
  }
  ruleMs += performance.now() - t1;
  for (const [file, findings] of byFile) {
    for (const f of findings) {
      const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      perRule.set(f.ruleId, c);
      if (f.severity === 'error') errorDocs.add(file);
      if (f.severity === 'error' || (process.env.VERBOSE && f.severity === 'warning')) listed.push(f);
    }
  }
}
const seconds = (performance.now() - started) / 1000;

console.log(`kronkoll on ${relative('.', ROOT)}`);
console.log(`documents read:                 ${read}`);
console.log(`documents that could not be read: ${unreadable.length}`);
console.log(`crashes:                        ${crashes.length}`);
console.log(`documents with error findings:  ${errorDocs.size}`);
console.log(`tables found:                   ${tables}`);
console.log(`region tables (≥ 10 regions):   ${regionTables}`);
console.log(`time:                           ${seconds.toFixed(1)} s (reading ${(readMs / 1000).toFixed(1)} s, rules ${(ruleMs / 1000).toFixed(1)} s)`);
console.log('');
console.log('findings per rule (error / warning / info):');
for (const [id, c] of [...perRule.entries()].sort()) console.log(`  ${id.padEnd(26)} ${String(c.error).padStart(5)} ${String(c.warning).padStart(6)} ${String(c.info).padStart(6)}`);
for (const u of unreadable) console.log(`unreadable: ${u}`);
for (const c of crashes) console.log(`crash: ${c}`);
if (listed.length > 0) console.log('');
for (const f of listed) console.log(`${f.severity}: ${f.location.file}:${f.location.line ?? ''}: ${f.ruleId} ${f.message}`);
