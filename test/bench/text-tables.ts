/**
 * Round trip of tables through the text renderings public pages use: random tables and the
 * prose around them (test/bench/text-tables/spec.ts), rendered as GFM, HTML, pipe rows, one cell
 * per line, tab-separated, space-aligned and single-spaced text (render.ts), read back with
 * kronkoll and compared cell by cell with what the generator knows (score.ts); each table with
 * a total has a mutant (one cell changed, totals as printed) that must be flagged.
 *
 *   npm run bench:text-tables                       the tuning seed, 60 tables × every rendering
 *   SEED=measuring TABLES=200 npm run bench:text-tables
 *   RENDERINGS=spaced,tab KEEP=1 SAMPLES=10 npm run bench:text-tables
 *
 * Two seeds: work on the readers is tuned on the tuning seed only; the measuring seed is run
 * before and after, never to choose what to fix. Prints figures per rendering and per varied
 * feature; asserts nothing. What is hidden is counted too: a file where no table was read, and
 * whether its audit at least reports rows of figures that look like a table (format/unreadable);
 * and a table read whole whose audit reports such rows all the same. Generated files go to a temporary folder (KEEP=1 keeps them).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERINGS, render, type RenderingName } from './text-tables/render.js';
import { scoreTable, type TableScore } from './text-tables/score.js';
import { mutant, randomTable } from './text-tables/spec.js';
import { pct, printClosing, printPerFeature, printRenderings, runRoundTrips } from './round-trip-run.js';

const SEEDS: Record<string, number> = { tuning: 20261129, measuring: 7304113 };
const seedArg = process.env.SEED ?? 'tuning';
const SEED = SEEDS[seedArg] ?? Number(seedArg);
const TABLES = Number(process.env.TABLES ?? 60);
const renderings = (process.env.RENDERINGS?.split(',') as RenderingName[] | undefined) ?? RENDERINGS;
const dir = mkdtempSync(join(tmpdir(), 'kronkoll-text-tables-'));

interface Tally { tables: number; found: number; whole: number; cells: number; exact: number; regionRows: number; regionRight: number; falseError: number; mutants: number; flagged: number; lost: number; lostReported: number; wholeReported: number }
const empty = (): Tally => ({ tables: 0, found: 0, whole: 0, cells: 0, exact: 0, regionRows: 0, regionRight: 0, falseError: 0, mutants: 0, flagged: 0, lost: 0, lostReported: 0, wholeReported: 0 });
const tallies = new Map<string, Tally>();
const add = (key: string, s: TableScore) => {
  const t = tallies.get(key) ?? empty();
  t.tables++;
  if (s.found) t.found++;
  if (s.whole) t.whole++;
  t.cells += s.cells;
  t.exact += s.exact;
  t.regionRows += s.regionRows;
  t.regionRight += s.regionRight;
  if (s.falseErrors.length > 0) t.falseError++;
  // What is hidden: no table read in the file, and whether the audit at least says rows of figures went unread.
  if (s.tablesRead === 0) t.lost++;
  if (s.tablesRead === 0 && s.reported) t.lostReported++;
  if (s.whole && s.reported) t.wholeReported++;
  if (s.flagged !== null) t.mutants++;
  if (s.flagged) t.flagged++;
  tallies.set(key, t);
};
const report = await runRoundTrips({
  count: TABLES,
  seed: SEED,
  prefix: 't',
  dir,
  renderings,
  make: randomTable,
  mutant,
  render,
  score: scoreTable,
  tally: add,
});

console.log(`\n${TABLES} random text tables (seed ${SEED}${SEEDS[seedArg] ? `, the ${seedArg} seed` : ''}), ${renderings.length} renderings, read in ${report.seconds.toFixed(0)} s\n`);
printRenderings(
  ['rendering', 'tables', 'found', 'one table (not split)', 'cells exact', 'region rows right', 'tables with a false error', 'mutants flagged', 'tables not read, yet reported', 'read whole, yet reported'],
  renderings,
  (key) => tallies.get(key),
  empty,
  (t) => [`${t.tables}`, pct(t.found, t.tables), pct(t.whole, t.tables), `${pct(t.exact, t.cells)} of ${t.cells}`, `${pct(t.regionRight, t.regionRows)} of ${t.regionRows}`, `${t.falseError}`, `${pct(t.flagged, t.mutants)} of ${t.mutants}`, `${t.lostReported} of ${t.lost}`, `${t.wholeReported}`],
);

printPerFeature('Per feature: tables found whole / cells exact, per rendering', 'tables', report.features, renderings, (key) => {
  const t = tallies.get(key);
  return t && { whole: t.whole, samples: t.tables, exact: t.exact, cells: t.cells };
});

// The worst classes: a rendering × a feature, by cells missed, with how that class differs from the rendering as a whole.
const worst = [...tallies.entries()]
  .filter(([k, t]) => !k.endsWith('\tall') && t.tables >= 3)
  .map(([k, t]) => ({ k, t, missed: t.cells - t.exact, notWhole: t.tables - t.whole }))
  .sort((a, b) => b.notWhole / b.t.tables - a.notWhole / a.t.tables || b.missed - a.missed)
  .slice(0, Number(process.env.WORST ?? 20));
console.log('\nWorst classes (rendering × feature, at least 3 tables): tables not found whole, cells missed\n');
for (const { k, t, missed, notWhole } of worst) {
  const [name] = k.split('\t');
  const base = tallies.get(`${name}\tall`)!;
  console.log(`  ${k.replace('\t', ' × ').padEnd(48)} ${String(notWhole).padStart(3)} of ${String(t.tables).padEnd(3)} not whole (rendering ${pct(base.tables - base.whole, base.tables)}), ${missed} of ${t.cells} cells missed (${pct(missed, t.cells)}; rendering ${pct(base.cells - base.exact, base.cells)})`);
}
printClosing(report, dir);
