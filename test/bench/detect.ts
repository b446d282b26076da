/**
 * Detection benchmark: from every table in the text corpus, make mutants of the source text
 * (a digit changed, two adjacent digits swapped, a row dropped or duplicated, a total altered,
 * a region name scrambled, a caption total altered), audit each through the whole pipeline
 * together with the rest of the corpus, and count a mutant as detected when an error or
 * warning that was not there before lands on the mutated table (its caption, rows or cells).
 * Prints the share detected per kind and the error-level findings on the untouched corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../../src/document/build.js';
import type { Document } from '../../src/model/document.js';
import type { Finding } from '../../src/model/finding.js';
import type { Table } from '../../src/model/table.js';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import { rng } from './random.js';

const CORPUS = 'corpus';
const SEED = Number(process.env.SEED ?? 20241216);

function load(file: string, text: string): Document {
  const layout = file.endsWith('.md') ? readMarkdown(file, text) : readText(file, text);
  return buildDocument(layout);
}

interface Source {
  file: string;
  text: string;
  doc: Document;
}

interface Mutant {
  kind: string;
  file: string;
  text: string;
  /** Lines of the mutated table in the mutated text (1-based, inclusive). */
  span: [number, number];
}

const sources: Source[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
  .sort()
  .map((f) => {
    const file = join(CORPUS, f);
    const text = readFileSync(file, 'utf8');
    return { file, text, doc: load(file, text) };
  });

const key = (f: Finding): string => `${f.ruleId}|${f.severity}|${f.message}`;

function audit(docs: Document[]): Map<string, Finding[]> {
  return runRules(docs, ALL_RULES, context);
}

const context = loadRuleContext(sources.map((s) => s.file));
const baseline = audit(sources.map((s) => s.doc));
const baselineErrors = [...baseline.values()].flat().filter((f) => f.severity === 'error');

function tableSpan(t: Table): [number, number] {
  const lines = [t.captionLocation?.line, t.location.line, ...t.rows.flatMap((r) => [r.location.line, ...r.cells.map((c) => c.location.line)])].filter(
    (l): l is number => l !== undefined,
  );
  return [Math.min(...lines), Math.max(...lines)];
}

/** Replace characters [from, to) of line `line` (1-based columns) in text. */
function replaceAt(text: string, line: number, from: number, to: number, by: string): string {
  const lines = text.split('\n');
  const l = lines[line - 1]!;
  lines[line - 1] = l.slice(0, from - 1) + by + l.slice(to - 1);
  return lines.join('\n');
}

function digitPositions(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (/\d/.test(s[i]!)) out.push(i);
  return out;
}

function mutants(src: Source, rand: () => number): Mutant[] {
  const out: Mutant[] = [];
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (const table of src.doc.tables) {
    const span = tableSpan(table);
    const hasTotal = table.rows.some((r) => r.kind === 'total');
    const suffix = hasTotal ? '' : ' (utan summarad)';
    for (const row of table.rows) {
      const isTotal = row.kind === 'total';
      if (row.kind !== 'data' && !isTotal) continue;
      for (const cell of row.cells) {
        const loc = cell.location;
        if (cell.value === null || loc.line === undefined || loc.column === undefined || loc.endColumn === undefined) continue;
        const raw = src.text.split('\n')[loc.line - 1]!.slice(loc.column - 1, loc.endColumn - 1);
        const digits = digitPositions(raw);
        if (digits.length === 0) continue;
        // One digit changed to another digit.
        const at = pick(digits);
        const old = Number(raw[at]);
        let nd = Math.floor(rand() * 9);
        if (nd >= old) nd++;
        const changed = raw.slice(0, at) + String(nd) + raw.slice(at + 1);
        const kind = isTotal ? 'summa ändrad' : `siffra ändrad${suffix}`;
        out.push({ kind, file: src.file, text: replaceAt(src.text, loc.line, loc.column, loc.endColumn, changed), span });
        if (isTotal) continue;
        // Two adjacent different digits swapped (separators between them are skipped).
        const pairs: [number, number][] = [];
        for (let k = 0; k + 1 < digits.length; k++) if (raw[digits[k]!] !== raw[digits[k + 1]!]) pairs.push([digits[k]!, digits[k + 1]!]);
        if (pairs.length > 0) {
          const [a, b] = pick(pairs);
          const chars = [...raw];
          [chars[a], chars[b]] = [chars[b]!, chars[a]!];
          out.push({ kind: `siffror omkastade${suffix}`, file: src.file, text: replaceAt(src.text, loc.line, loc.column, loc.endColumn, chars.join('')), span });
        }
      }
      if (isTotal || row.location.line === undefined) continue;
      const first = row.location.line;
      const last = Math.max(first, ...row.cells.map((c) => c.location.line ?? first));
      const lines = src.text.split('\n');
      // Row dropped, row duplicated (all source lines of the row).
      const dropped = [...lines.slice(0, first - 1), ...lines.slice(last)].join('\n');
      out.push({ kind: 'rad borttagen', file: src.file, text: dropped, span: [span[0], span[1] - (last - first + 1)] });
      const dup = [...lines.slice(0, last), ...lines.slice(first - 1, last), ...lines.slice(last)].join('\n');
      out.push({ kind: 'rad dubblerad', file: src.file, text: dup, span: [span[0], span[1] + (last - first + 1)] });
      // Region misspelt beyond recognition.
      if (row.region && row.location.column !== undefined && row.location.endColumn !== undefined) {
        const label = lines[first - 1]!.slice(row.location.column - 1, row.location.endColumn - 1);
        const scrambled = `Region ${[...label.replace(/^Region\s+/, '')].reverse().join('').toLowerCase().replace(/^./, (c) => c.toUpperCase())}q`;
        out.push({ kind: 'region oigenkännlig', file: src.file, text: replaceAt(src.text, first, row.location.column, row.location.endColumn, scrambled), span });
      }
    }
    // Caption total altered: a digit of the largest amount in the caption.
    const cap = table.captionLocation;
    if (cap?.line !== undefined) {
      const amounts = src.doc.amounts.filter((a) => a.location.line === cap.line && a.unit === 'SEK');
      const a = amounts.sort((x, y) => y.value.cmp(x.value))[0];
      if (a && a.location.column !== undefined && a.location.endColumn !== undefined) {
        const digits = digitPositions(a.raw);
        const at = pick(digits);
        const old = Number(a.raw[at]);
        const changed = a.raw.slice(0, at) + String((old + 1 + Math.floor(rand() * 8)) % 10) + a.raw.slice(at + 1);
        out.push({ kind: 'rubrikens summa ändrad', file: src.file, text: replaceAt(src.text, cap.line, a.location.column, a.location.endColumn, changed), span });
      }
    }
  }
  return out;
}

function detected(m: Mutant): boolean {
  const docs = sources.map((s) => (s.file === m.file ? load(m.file, m.text) : s.doc));
  const before = new Set((baseline.get(m.file) ?? []).map(key));
  const after = audit(docs).get(m.file) ?? [];
  return after.some((f) => {
    if (f.severity === 'info' || before.has(key(f))) return false;
    const places = [f.location, ...(f.related ?? []).map((r) => r.location)];
    return places.some((p) => p.file === m.file && p.line !== undefined && p.line >= m.span[0] && p.line <= m.span[1]);
  });
}

const started = performance.now();
const rand = rng(SEED);
const all = sources.flatMap((s) => mutants(s, rand));
const byKind = new Map<string, { n: number; hit: number; missed: string[] }>();
for (const m of all) {
  const k = byKind.get(m.kind) ?? { n: 0, hit: 0, missed: [] };
  k.n++;
  if (detected(m)) k.hit++;
  else {
    if (k.missed.length < 3) k.missed.push(m.file);
    if (process.env.SHOW_MISSED) console.log(`missed ${m.kind} in ${m.file}:\n${diff(sources.find((s) => s.file === m.file)!.text, m.text)}`);
  }
  byKind.set(m.kind, k);
}
const seconds = (performance.now() - started) / 1000;

console.log(`kronkoll detection benchmark — ${sources.length} documents, ${sources.reduce((n, s) => n + s.doc.tables.length, 0)} tables, ${all.length} mutants, seed ${SEED}`);
console.log('');
console.log('mutation kind                          detected');
for (const [kind, k] of [...byKind.entries()].sort()) {
  const pct = ((100 * k.hit) / k.n).toFixed(1);
  console.log(`${kind.padEnd(38)} ${String(k.hit).padStart(4)} / ${String(k.n).padEnd(4)} ${pct.padStart(6)} %${k.missed.length ? `   missed e.g. in ${[...new Set(k.missed)].join(', ')}` : ''}`);
}
console.log('');
console.log(`error-level findings on the untouched corpus: ${baselineErrors.length}`);
for (const f of baselineErrors) console.log(`  ${f.location.file}:${f.location.line}: ${f.ruleId} ${f.message}`);
console.log(`time: ${seconds.toFixed(1)} s`);

/** The lines that differ between two texts, for SHOW_MISSED=1. */
function diff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `  line ${i + 1}: ${JSON.stringify(x[i])} → ${JSON.stringify(y[i])}`;
}
