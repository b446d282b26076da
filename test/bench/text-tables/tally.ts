/**
 * What the table benchmarks (text-tables, converted-tables) count per rendering or converter and
 * per feature, and how they print it: the same columns, so their figures compare.
 */
import type { RoundTripReport } from '../round-trip-run.js';
import { pct, printClosing, printPerFeature, printRenderings } from '../round-trip-run.js';
import type { TableScore } from './score.js';

export interface Tally { tables: number; found: number; whole: number; cells: number; exact: number; regionRows: number; regionRight: number; falseError: number; mutants: number; flagged: number; lost: number; lostReported: number; wholeReported: number }
const empty = (): Tally => ({ tables: 0, found: 0, whole: 0, cells: 0, exact: 0, regionRows: 0, regionRight: 0, falseError: 0, mutants: 0, flagged: 0, lost: 0, lostReported: 0, wholeReported: 0 });

/** Tallies by key ("rendering\tfeature", "rendering\tall"), and the function that adds a table's score under a key. */
export function tableTallies(): { tallies: Map<string, Tally>; add: (key: string, s: TableScore) => void } {
  const tallies = new Map<string, Tally>();
  const add = (key: string, s: TableScore): void => {
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
  return { tallies, add };
}

/**
 * The report: a row per rendering (`noun`: "rendering" or "converter"), the features per
 * rendering, and the worst classes (a rendering × a feature, by tables not found whole, then cells missed).
 */
export function printTableReport(noun: string, names: readonly string[], tallies: ReadonlyMap<string, Tally>, report: RoundTripReport, dir: string): void {
  printRenderings(
    [noun, 'tables', 'found', 'one table (not split)', 'cells exact', 'region rows right', 'tables with a false error', 'mutants flagged', 'tables not read, yet reported', 'read whole, yet reported'],
    names,
    (key) => tallies.get(key),
    empty,
    (t) => [`${t.tables}`, pct(t.found, t.tables), pct(t.whole, t.tables), `${pct(t.exact, t.cells)} of ${t.cells}`, `${pct(t.regionRight, t.regionRows)} of ${t.regionRows}`, `${t.falseError}`, `${pct(t.flagged, t.mutants)} of ${t.mutants}`, `${t.lostReported} of ${t.lost}`, `${t.wholeReported}`],
  );
  printPerFeature(`Per feature: tables found whole / cells exact, per ${noun}`, 'tables', report.features, names, (key) => {
    const t = tallies.get(key);
    return t && { whole: t.whole, samples: t.tables, exact: t.exact, cells: t.cells };
  });
  const worst = [...tallies.entries()]
    .filter(([k, t]) => !k.endsWith('\tall') && t.tables >= 3)
    .map(([k, t]) => ({ k, t, missed: t.cells - t.exact, notWhole: t.tables - t.whole }))
    .sort((a, b) => b.notWhole / b.t.tables - a.notWhole / a.t.tables || b.missed - a.missed)
    .slice(0, Number(process.env.WORST ?? 20));
  console.log(`\nWorst classes (${noun} × feature, at least 3 tables): tables not found whole, cells missed\n`);
  for (const { k, t, missed, notWhole } of worst) {
    const [name] = k.split('\t');
    const base = tallies.get(`${name}\tall`)!;
    console.log(`  ${k.replace('\t', ' × ').padEnd(52)} ${String(notWhole).padStart(3)} of ${String(t.tables).padEnd(3)} not whole (${noun} ${pct(base.tables - base.whole, base.tables)}), ${missed} of ${t.cells} cells missed (${pct(missed, t.cells)}; ${noun} ${pct(base.cells - base.exact, base.cells)})`);
  }
  printClosing(report, dir);
}
