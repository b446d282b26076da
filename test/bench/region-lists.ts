/**
 * Round trip of amount lists through the shapes press releases and web pages print them in:
 * random lists of regions or organisations and the prose around them (test/bench/region-lists/
 * spec.ts: item shapes, units, where the total stands), rendered as Markdown and "•" bullets, a
 * numbered list, plain lines, an HTML list and items run on in one sentence (render.ts), read
 * back with kronkoll and compared item by item with what the generator knows (score.ts); each
 * list with a stated total has a mutant (one item changed, the total as printed) that must be
 * flagged, and no untouched list may draw an error.
 *
 *   npm run bench:region-lists                      the tuning seed, 60 lists × every rendering
 *   SEED=measuring LISTS=200 npm run bench:region-lists
 *   RENDERINGS=lines,inline KEEP=1 SAMPLES=10 npm run bench:region-lists
 *
 * Two seeds: readers are tuned on the tuning seed only; the measuring seed is run before and
 * after, never to choose what to fix. Prints figures per rendering and per varied feature;
 * asserts nothing. Generated files go to a temporary folder (KEEP=1 keeps them).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RENDERINGS, render, type RenderingName } from './region-lists/render.js';
import { scoreList, type ListScore } from './region-lists/score.js';
import { mutant, randomList } from './region-lists/spec.js';
import { pct, printClosing, printPerFeature, printRenderings, runRoundTrips } from './round-trip-run.js';

const SEEDS: Record<string, number> = { tuning: 20261203, measuring: 5519027 };
const seedArg = process.env.SEED ?? 'tuning';
const SEED = SEEDS[seedArg] ?? Number(seedArg);
const LISTS = Number(process.env.LISTS ?? 60);
const renderings = (process.env.RENDERINGS?.split(',') as RenderingName[] | undefined) ?? RENDERINGS;
const dir = mkdtempSync(join(tmpdir(), 'kronkoll-region-lists-'));

interface Tally { lists: number; whole: number; cells: number; exact: number; regionRows: number; regionRight: number; falseError: number; mutants: number; flagged: number; lost: number }
const empty = (): Tally => ({ lists: 0, whole: 0, cells: 0, exact: 0, regionRows: 0, regionRight: 0, falseError: 0, mutants: 0, flagged: 0, lost: 0 });
const tallies = new Map<string, Tally>();
const add = (key: string, s: ListScore) => {
  const t = tallies.get(key) ?? empty();
  t.lists++;
  if (s.whole) t.whole++;
  t.cells += s.cells;
  t.exact += s.exact;
  t.regionRows += s.regionRows;
  t.regionRight += s.regionRight;
  if (s.falseErrors.length > 0) t.falseError++;
  if (s.tablesRead === 0) t.lost++;
  if (s.flagged !== null) t.mutants++;
  if (s.flagged) t.flagged++;
  tallies.set(key, t);
};
const report = await runRoundTrips({
  count: LISTS,
  seed: SEED,
  prefix: 'l',
  dir,
  renderings,
  make: randomList,
  mutant,
  render,
  score: scoreList,
  tally: add,
});

console.log(`\n${LISTS} random amount lists (seed ${SEED}${SEEDS[seedArg] ? `, the ${seedArg} seed` : ''}), ${renderings.length} renderings, read in ${report.seconds.toFixed(0)} s\n`);
printRenderings(
  ['rendering', 'lists', 'read as one table', 'amounts exact', 'region rows right', 'lists with a false error', 'mutants flagged', 'no table read'],
  renderings,
  (key) => tallies.get(key),
  empty,
  (t) => [`${t.lists}`, pct(t.whole, t.lists), `${pct(t.exact, t.cells)} of ${t.cells}`, `${pct(t.regionRight, t.regionRows)} of ${t.regionRows}`, `${t.falseError}`, `${pct(t.flagged, t.mutants)} of ${t.mutants}`, `${t.lost}`],
);

printPerFeature('Per feature: lists read whole / amounts exact, per rendering', 'lists', report.features, renderings, (key) => {
  const t = tallies.get(key);
  return t && { whole: t.whole, samples: t.lists, exact: t.exact, cells: t.cells };
});
printClosing(report, dir);
