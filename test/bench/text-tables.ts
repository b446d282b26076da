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
import { scoreTable } from './text-tables/score.js';
import { printTableReport, tableTallies } from './text-tables/tally.js';
import { mutant, randomTable } from './text-tables/spec.js';
import { runRoundTrips } from './round-trip-run.js';

const SEEDS: Record<string, number> = { tuning: 20261129, measuring: 7304113 };
const seedArg = process.env.SEED ?? 'tuning';
const SEED = SEEDS[seedArg] ?? Number(seedArg);
const TABLES = Number(process.env.TABLES ?? 60);
const renderings = (process.env.RENDERINGS?.split(',') as RenderingName[] | undefined) ?? RENDERINGS;
const dir = mkdtempSync(join(tmpdir(), 'kronkoll-text-tables-'));

const { tallies, add } = tableTallies();
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
printTableReport('rendering', renderings, tallies, report, dir);
