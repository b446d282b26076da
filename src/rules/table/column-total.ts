import { countyOverItsMunicipalities } from '../../tables/name-levels.js';
import { judgeSum, type Judgement } from '../../compare/certainty.js';
import { cellAlternatives, cellDoubts, columnReading, misgroupedCells } from '../../tables/column-reading.js';
import { compareSum, type Figure } from '../../compare/interval.js';
import { REGIONS } from '../../regions/index.js';
import type { Document } from '../../model/document.js';
import type { Table } from '../../model/table.js';
import { alternativeChecks, breakdownsBelow, cashFlowSums, isPartOfAbove, namesItsSections, codeRangeChecks, evidentChecks, evidentSums, groupChecks, groupedLabel, namedTotalChecks, primaryChecks, resultChecks, runningSums, structureDoubts, STRUCTURE_TEXT, type Breakdown, type EvidentSum, type StructureName, type SumCheck } from '../../tables/structures.js';
import type { Row } from '../../model/table.js';
import { Decimal } from 'decimal.js';
import { BELOW_BOUND } from '../../lexicon/phrases.js';
import { totalOfItsParts } from '../../tables/varav-total.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { isNationalReference, NATIONAL } from '../../tables/national-reference.js';
import { captionCounty, distinctCounties, nationalSelection } from '../../tables/national-subset.js';
import { mixedMeasureDoubts, otherMeasureDoubts, ratesAmongAmounts, sameMeasureChecks } from '../../tables/label-units.js';
import { allMeans } from '../../tables/mean-row.js';
import { repeatedRowDoubt } from '../support/repeated-row.js';
import { cutLastRow } from '../support/cut-copy.js';
import { figureInLabelDoubt } from '../support/figure-in-label.js';
import { figuresAboveDoubt } from '../support/figures-above.js';
import { figuresBelowDoubt } from '../support/figures-below.js';
import { indentation, withoutEvidentParts } from '../support/evident-parts.js';

/**
 * Data rows add up to the total row, column by column. With subtotal rows, the total is the
 * sum of the subtotals (and any data rows after the last one). When that reading does not
 * reconcile, the other plausible structures of the table are tried (src/tables/structures.ts);
 * one that reconciles gives an info naming it. A mismatch is an error only when the reading
 * is certain; otherwise a warning says what was uncertain. Percent columns are left to
 * format/percent-total; numbered hierarchies to table/hierarchy.
 */
function figures(check: SumCheck, col: number): Figure[] {
  const out: Figure[] = [];
  for (const p of check.parts) {
    const c = p.row.cells[col];
    if (c && c.value !== null) out.push({ value: p.sign < 0 ? c.value.negated() : c.value, precision: c.precision });
  }
  return out;
}


/**
 * Whether a check has enough figures to say anything: two, or one beside cells that stand where a
 * number would and give none ("–", "..", "<5"): a total that one printed figure does not reach
 * is then uncertain, not silent.
 */
function enough(check: SumCheck, col: number): boolean {
  const n = figures(check, col).length;
  return n >= 2 || (n === 1 && check.parts.some((p) => p.row.cells[col]?.uncertain !== undefined));
}

/**
 * A sum row whose cells were read one place off (a year or a blank taken for a cell): this
 * column's sum stands in another cell of the row, or this cell holds another column's sum.
 * Exact equality of such sums is no chance; the row's reading is then in doubt.
 */
function shiftedDoubt(table: Table, col: number, check: SumCheck, sum: Decimal): string[] {
  const stated = check.stated.cells[col]!.value!;
  if (sum.eq(stated) || sum.isZero()) return [];
  const reading = readingOf(table, check);
  // The first other column whose stated cell is this sum, or whose sum is this stated cell: in
  // kronor, or as written where the columns differ in scale ("476 434" in millions beside kronor).
  const scale = table.columns[col]!.scale;
  const byStated = firstOther([...(reading.statedAt.get(key(sum)) ?? []), ...(reading.statedAt.get(writtenKey(sum, scale)) ?? [])], col);
  const bySum = stated.isZero() ? undefined : firstOther([...(reading.sumAt.get(key(stated)) ?? []), ...(reading.sumAt.get(writtenKey(stated, scale)) ?? [])], col);
  const c = Math.min(byStated ?? Infinity, bySum ?? Infinity);
  if (c === Infinity) return [];
  return [t('table.columnTotal.shifted', { row: check.stated.label, column: table.columns[c]!.header.join(' / ') || String(c + 1) })];
}

const key = (v: Decimal): string => v.toString();
const writtenKey = (v: Decimal, scale: number): string => `written ${v.div(scale).toString()}`;
const firstOther = (cols: number[] | undefined, col: number): number | undefined => cols?.find((c) => c !== col);

/**
 * What judging one column asks of every other column under the same reading (the same rows summed,
 * the same stated row): their sums and stated cells, indexed by value, and whether the stated row
 * is a mean of its parts. Worked out once per table and reading, since a table may have thousands
 * of columns and each column's check would otherwise go over all of them.
 */
interface Reading {
  statedAt: Map<string, number[]>;
  sumAt: Map<string, number[]>;
  means: boolean;
}
const readings = new WeakMap<Table, { rowIndex: Map<Row, number>; byParts: Map<string, Reading> }>();

function readingOf(table: Table, check: SumCheck): Reading {
  let known = readings.get(table);
  if (known === undefined) readings.set(table, (known = { rowIndex: new Map(table.rows.map((r, i) => [r, i])), byParts: new Map() }));
  const index = known.rowIndex;
  const id = `${index.get(check.stated) ?? -1}=${check.parts.map((p) => `${index.get(p.row) ?? -1}${p.sign < 0 ? '-' : '+'}`).join(',')}`;
  let reading = known.byParts.get(id);
  if (reading !== undefined) return reading;
  const statedAt = new Map<string, number[]>();
  const sumAt = new Map<string, number[]>();
  const sums: { parts: Decimal[]; stated: Decimal | null }[] = [];
  table.columns.forEach((column, c) => {
    const other = check.stated.cells[c]?.value;
    if (other != null) push(statedAt, key(other), c);
    if (other != null) push(statedAt, writtenKey(other, column.scale), c);
    const theirs = figures(check, c);
    if (theirs.length === check.parts.length && theirs.length > 0) {
      const sum = theirs.reduce((a, f) => a.plus(f.value), theirs[0]!.value.times(0));
      push(sumAt, key(sum), c);
      push(sumAt, writtenKey(sum, column.scale), c);
    }
    sums.push({ parts: theirs.map((f) => f.value), stated: other ?? null });
  });
  reading = { statedAt, sumAt, means: allMeans(sums) };
  known.byParts.set(id, reading);
  return reading;
}

function push(m: Map<string, number[]>, k: string, c: number): void {
  const cols = m.get(k);
  if (cols === undefined) m.set(k, [c]);
  else cols.push(c);
}

/**
 * The figures of the table right before this one in the same column, when it may be this table's
 * first part: as many columns in the same units, data rows only (no sum of its own), a figure in
 * every row. Empty otherwise. A part set apart from its header states no unit of its own, so a
 * column without a stated unit (none, or a guess) goes with any.
 */
const unitKnown = (c: Table['columns'][number]): boolean => c.unit !== null && !c.unitGuessed;
function splitPart(doc: Document, table: Table, col: number): Figure[] {
  const before = doc.tables[doc.tables.indexOf(table) - 1];
  if (!before || before.columns.length !== table.columns.length) return [];
  if (before.columns.some((c, i) => c.unit !== table.columns[i]!.unit && unitKnown(c) && unitKnown(table.columns[i]!))) return [];
  if (before.rows.some((r) => r.kind !== 'data' || r.cells[col]?.value == null)) return [];
  return before.rows.map((r) => ({ value: r.cells[col]!.value!, precision: r.cells[col]!.precision }));
}

/**
 * A table with no column titles of its own that starts right under another table (at most a line
 * between): it may be that table's continuation, and its sums may count rows read into the table
 * above in a shape the split reading (splitPart) does not take (a section closed by its own sum,
 * another count of columns).
 */
const MAX_GAP_LINES = 2;
function continuationDoubt(doc: Document, table: Table, col: number): string[] {
  if (table.columns.some((c) => c.header.some((h) => h.trim() !== '')) || splitPart(doc, table, col).length >= 2) return [];
  const before = doc.tables[doc.tables.indexOf(table) - 1];
  const start = table.location.line;
  if (!before || start === undefined || before.location.file !== table.location.file) return [];
  const end = Math.max(0, ...before.rows.map((r) => r.location.line ?? 0));
  return end > 0 && start > end && start - end <= MAX_GAP_LINES ? [t('structure.doubtContinuation')] : [];
}

/**
 * A sum whose parts stand under it and run to the end of a copy cut inside the table (its last row
 * shows the cut, cut-copy.ts), in a table another sum of which adds up so (its sums stand above
 * their parts): the rows under it fall short of it, as the rest cut off would. No claim can be
 * made of what is not there.
 */
function cutBelow(doc: Document, table: Table, col: number, stated: Row, alternatives: readonly SumCheck[]): boolean {
  const at = table.rows.indexOf(stated);
  if (table.rows.slice(at + 1).some((r) => r.kind === 'total' || r.kind === 'subtotal') || !cutLastRow(doc, table, table.rows.at(-1)!)) return false;
  const holds = (a: SumCheck): boolean => {
    const c = a.stated.cells[col];
    if (c?.value == null || figures(a, col).length < 2) return false;
    const j = judgeSum({ parts: figures(a, col), stated: { value: c.value, precision: c.precision }, doubts: [], rounding: [] });
    return j === null || j.severity === 'info';
  };
  if (!alternatives.some((a) => a.structure === 'total-above' && a.stated !== stated && holds(a))) return false;
  const value = stated.cells[col]!.value!;
  if (value.isNegative()) return false;
  const under = figures({ stated, parts: table.rows.slice(at + 1).filter((r) => r.kind === 'data' && !isPartOfAbove(r)).map((row) => ({ row, sign: 1 })), structure: 'total-above' }, col);
  return under.every((f) => !f.value.isNegative()) && under.reduce((acc, f) => acc.plus(f.value), new Decimal(0)).lt(value);
}

function judge(doc: Document, table: Table, col: number, check: SumCheck, doubts: string[]): Judgement | null {
  const stated = check.stated.cells[col]!;
  if (stated.value === null) return null;
  const reading = columnReading(doc, table, col);
  const parts = figures(check, col);
  const sum = parts.reduce((a, f) => a.plus(f.value), stated.value.times(0));
  // The whole country beside a few regions for comparison: no sum of them, so nothing to check; that the list is partial is said.
  if (isNationalReference(check.stated, check.parts.map((p) => p.row), sum, stated.value, parts.map((f) => f.value))) return nationalComparison(check, parts, { value: stated.value, precision: stated.precision });
  // An average of the groups under a total's name ("Samtliga" under "Arbetare" and "Tjänstemän") in every column: no sum to check.
  if (readingOf(table, check).means) return null;
  const national = NATIONAL.test(check.stated.label.trim()) && sum.lt(stated.value) ? [t('table.columnTotal.national')] : [];
  // A national row over a selection of regions is no certain sum of them, but for one below the sum of
  // distinct counties in kronor or heads, none negative: the country less than a part of itself is wrong
  // whatever the rows are. A column of no stated unit may hold rates or averages, which add up to nothing.
  const additive = ['SEK', 'persons', 'count'].includes(table.columns[col]?.unit ?? '') && !table.columns[col]?.unitGuessed;
  const below = additive && sum.gt(stated.value) && distinctCounties(check.parts.map((p) => p.row)) && parts.every((f) => !f.value.isNegative());
  const selection = below ? null : nationalSelection(check.stated, check.parts.map((p) => p.row));
  if (selection !== null && national.length === 0) national.push(t('table.columnTotal.nationalSelection', { rows: String(selection) }));
  // Rows of kinds, not regions, under a caption that names a county: the national row may be the country's beside the county's rows.
  const county = national.length === 0 && NATIONAL.test(check.stated.label.trim()) && check.parts.every((p) => !p.row.region) ? captionCounty(table.caption) : null;
  if (county !== null) national.push(t('table.columnTotal.nationalCaption', { county }));
  return judgeSum({
    parts,
    stated: { value: stated.value, precision: stated.precision },
    doubts: [
      ...cellDoubts([...check.parts.map((p) => p.row), check.stated], col),
      ...doubts,
      ...national,
      ...shiftedDoubt(table, col, check, sum),
      // One unit listed under two names, which the total counts once (repeated-row.ts).
      ...repeatedRowDoubt(table, col, check.parts.filter((p) => p.sign > 0).map((p) => p.row), sum.minus(stated.value)),
    ],
    misgrouped: misgroupedCells([...check.parts.map((p) => p.row), check.stated], col),
    alternatives: cellAlternatives(check.parts, check.stated, col),
    rounding: reading.rounding,
    mayDiffer: reading.mayDiffer,
    ...hiddenParts(table, col, check),
  });
}

/**
 * A national row beside rows naming a few regions, far from their sum or below one of them
 * (national-reference.ts): the country's figure for comparison. Nothing is checked, but the rows
 * are a part of the country only, and an info says so, with how many counties they name.
 */
function nationalComparison(check: SumCheck, parts: readonly Figure[], stated: { value: Decimal; precision: Decimal }): Judgement {
  const rows = check.parts.map((p) => p.row);
  const counties = new Set(rows.flatMap((r) => (r.region ? [r.region.code] : []))).size;
  return {
    severity: 'info',
    comparison: compareSum(parts, { value: stated.value, precision: stated.precision }),
    suffix: t('table.columnTotal.nationalComparison', { counties: String(counties), all: String(REGIONS.length) }),
  };
}

/** The added parts printed only as a bound ("<5"), and the most they add together (4 each for "<5" in whole units). */
function hiddenParts(table: Table, col: number, check: SumCheck): { hidden: { most: Decimal; cells: string[] } } | Record<string, never> {
  const scale = table.columns[col]!.scale;
  let most = new Decimal(0);
  const cells: string[] = [];
  for (const p of check.parts) {
    const cell = p.row.cells[col];
    const bound = cell && cell.value === null ? BELOW_BOUND.exec(cell.raw.trim()) : null;
    if (!bound) continue;
    // A subtracted hidden part would widen the reach the other way: such a sum is left as it is read.
    if (p.sign < 0) return {};
    const n = new Decimal(bound[1]!);
    most = most.plus(scale === 1 ? n.minus(1) : n.times(scale));
    cells.push(cell!.raw.trim());
  }
  return cells.length > 0 ? { hidden: { most, cells } } : {};
}

/** Structures whose stated row is named by its own label in a message ("the row X"). */
const NAMED_ROW_STRUCTURES: ReadonlySet<StructureName> = new Set<StructureName>(['named-totals', 'indented', 'evident-columns', 'results', 'cash-flow', 'code-range', 'section-sums', 'sections-and-items']);

function message(table: Table, col: number, check: SumCheck, j: Judgement, n: number): string {
  const unit = table.columns[col]!.unit;
  const c = j.comparison;
  const what =
    check.structure === 'groups'
      ? t('table.groupRow', { label: groupedLabel(table, check.stated) })
      : NAMED_ROW_STRUCTURES.has(check.structure)
        ? t('table.groupRow', { label: check.stated.label })
      : check.stated.kind === 'total'
        ? t('table.totalRow')
        : t('table.subtotalNamed', { label: check.stated.label });
  const header = table.columns[col]!.header.join(' / ');
  return t('table.columnTotal', {
    rows: String(n),
    computed: figureText(c.computed, unit),
    what,
    stated: figureText(c.stated, unit),
    difference: differenceText(c.difference, c.slack, unit),
    column: header ? t('table.inColumn', { header }) : '',
  });
}

/** Whether a later sum is this sum plus the rows after it, and reconciles so (running subtotals). */
function chainedOn(alternatives: readonly SumCheck[], stated: Row, col: number): boolean {
  return alternatives.some((a) => {
    if (a.structure !== 'chain' || a.stated === stated || a.parts[0]?.row !== stated) return false;
    const total = a.stated.cells[col];
    if (total?.value == null || figures(a, col).length < 2) return false;
    const j = judgeSum({ parts: figures(a, col), stated: { value: total.value, precision: total.precision }, doubts: [], rounding: [] });
    return j === null || j.severity === 'info';
  });
}

function checkColumn(doc: Document, table: Table, col: number, evident: readonly EvidentSum[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  // Rates listed among amounts in a key-figure table are summed by no reading (label-units.ts).
  const keep = (c: SumCheck): boolean => !ratesAmongAmounts(c, col);
  const primary = primaryChecks(table, col).filter(keep);
  const alternatives = [...alternativeChecks(table, col), ...sameMeasureChecks(table, col), ...withoutEvidentParts(primary, evident)];
  const mixed = mixedMeasureDoubts(primary, col);
  const structural = [...structureDoubts(table, col), ...(mixed.length > 0 ? mixed : otherMeasureDoubts(primary, col)), ...continuationDoubt(doc, table, col), ...figuresAboveDoubt(doc, table), ...figuresBelowDoubt(doc, table), ...figureInLabelDoubt(table)];
  const statedRows = new Set(primary.map((p) => p.stated));
  for (const row of table.rows) if ((row.kind === 'total' || row.kind === 'subtotal') && !statedRows.has(row)) statedRows.add(row);
  for (const stated of statedRows) {
    if (stated.cells[col]?.value == null) continue;
    // The total of the "varav" rows under it, not of the rows above it.
    if (totalOfItsParts(table, stated)) continue;
    // A total above several breakdowns, each under its heading: each breakdown is checked on its own.
    const groups = breakdownsBelow(table, stated);
    if (groups) {
      for (const f of breakdownFindings(doc, table, col, stated, groups, structural)) out.push(f);
      continue;
    }
    const first = primary.find((p) => p.stated === stated && enough(p, col));
    const verdict = first ? judge(doc, table, col, first, structural) : null;
    if (first && verdict === null) continue;
    if (first && verdict!.severity === 'info' && !verdict!.suffix.includes('osäker')) {
      out.push(finding(table, col, first, verdict!, verdict!.suffix));
      continue;
    }
    // The first reading does not reconcile (or there was none): try the other structures.
    const reconciling = alternatives
      .filter((a) => a.stated === stated && figures(a, col).length >= 2)
      .map((a) => ({ a, j: judgeSum({ parts: figures(a, col), stated: { value: stated.cells[col]!.value!, precision: stated.cells[col]!.precision }, doubts: [], rounding: [] }) }))
      .filter((x) => stated.cells[col]!.value !== null && (x.j === null || x.j.severity === 'info'));
    // Rows that merely happen to equal the rows above them are no evidence of subtotals: such a fit
    // does not silence the mismatch, it only makes it uncertain.
    const fits = reconciling.find((x) => x.a.structure !== 'implicit-subtotals');
    const byLuck = reconciling.some((x) => x.a.structure === 'implicit-subtotals');
    if (fits) {
      const c = fits.j;
      const n = figures(fits.a, col).length;
      const unit = table.columns[col]!.unit;
      const header = table.columns[col]!.header.join(' / ');
      out.push({
        severity: 'info',
        message: t('table.columnTotal.structure', {
          rows: String(n),
          what: stated.kind === 'total' ? t('table.totalRow') : t('table.subtotal'),
          label: stated.label,
          stated: figureText(stated.cells[col]!.value!, unit),
          structure: STRUCTURE_TEXT[fits.a.structure](),
          column: header ? t('table.inColumn', { header }) : '',
          difference: c ? ` (${differenceText(c.comparison.difference, c.comparison.slack, unit)})` : '',
        }),
        location: stated.cells[col]!.location,
      });
      continue;
    }
    // A sum that goes on from the sum before it in the table's other columns ("Summa kostnader" past
    // "Driftnetto"): read so here too, but the reading is the other columns', so a mismatch warns.
    const running = runningSums(table).has(stated) ? alternatives.find((a) => a.stated === stated && a.structure === 'chain' && figures(a, col).length >= 2) : undefined;
    if (running && first && verdict) {
      const j = judge(doc, table, col, running, [...structural, t('structure.doubtRunning', { label: stated.label })]);
      if (j) out.push(finding(table, col, running, j, j.suffix));
      continue;
    }
    // A row over its own parts among the summed rows: the sum without them is the reading, so a mismatch of it warns.
    const nested = alternatives.find((a) => a.stated === stated && (a.structure === 'evident-columns' || a.structure === 'indented') && figures(a, col).length >= 2);
    if (nested && first && verdict) {
      const row = nested.parts.map((p) => p.row).find((r) => evident.some((e) => e.stated === r))!;
      const e = evident.find((x) => x.stated === row)!;
      const doubt = e.evidence === 'indented' ? t('structure.doubtIndented', { label: row.label }) : t('structure.doubtEvidentColumns', { label: row.label, columns: String(e.exact) });
      const j = judge(doc, table, col, nested, [...structural, doubt]);
      if (j) out.push(finding(table, col, nested, j, j.suffix));
      continue;
    }
    if (!first || !verdict) {
      // A sum right under the sums of its sections ("SUMMA TILLGÅNGAR" under the sums of fixed and
      // current assets) that no other structure reconciles: a reading, so at most a warning naming them.
      const over = alternatives.find((a) => a.stated === stated && a.structure === 'section-sums' && figures(a, col).length >= 2);
      if (over) {
        const sections = over.parts.map((p) => `"${p.row.label}"`).join(', ');
        const named = namesItsSections(stated, over.parts.map((p) => p.row).filter((r) => r.kind !== 'data'));
        // In a list the sections and the sum under them are all the table holds: a sum there named for
        // what the list is about ("Summa investeringar") rather than its sections still closes them,
        // read so from the layout. In a statement such a sum is another group's figure.
        const inList = table.kind === 'list';
        const other = otherSectionReading(over, col);
        if ((named || inList) && !other) {
          const unit = unitKnown(table.columns[col]!) ? [] : [t('reading.noUnit')];
          const name = named ? [] : [t('structure.doubtSectionName', { label: stated.label, sections })];
          const j = judge(doc, table, col, over, [...structural, t('structure.doubtSectionSums', { label: stated.label, sections }), ...name, ...unit]);
          if (j && j.severity !== 'error') out.push(finding(table, col, over, j, j.suffix));
        } else if (inList) {
          // A list's stated sum is never dropped unread: which of its sections it sums is open, so it is reported as not compared.
          out.push({
            severity: 'info',
            message: t('table.columnTotal.sectionsOpen', { label: stated.label, stated: figureText(stated.cells[col]!.value!, table.columns[col]!.unit), sections }),
            location: stated.cells[col]!.location,
          });
        }
        continue;
      }
      // A total above its parts that does not reconcile: the structure itself is a guess. But where the next sum
      // goes on from it and the rows between ("Summa giltiga röster" / blanks / others / "Summa avgivna röster"),
      // those rows are that sum's parts; this one sums rows elsewhere (above the table, or in another table).
      if (chainedOn(alternatives, stated, col)) continue;
      const above = alternatives.find((a) => a.stated === stated && a.structure === 'total-above' && figures(a, col).length >= 2);
      const j = above ? judge(doc, table, col, above, [t('table.columnTotal.aboveDoubt')]) : null;
      if (above && j) out.push(finding(table, col, above, j, j.suffix));
      continue;
    }
    if (byLuck && verdict.severity === 'error') {
      const j = judge(doc, table, col, first, [...structural, t('structure.doubtImplicitSubtotals')]);
      if (j) out.push(finding(table, col, first, j, j.suffix));
      continue;
    }
    // The copy ends inside the table, whose sums stand above their parts: the last sum's parts may go on past its end.
    if (cutBelow(doc, table, col, stated, alternatives)) {
      out.push({
        severity: 'info',
        message: t('table.columnTotal.cutSection', { label: stated.label, stated: figureText(stated.cells[col]!.value!, table.columns[col]!.unit) }),
        location: stated.cells[col]!.location,
      });
      continue;
    }
    // A table split in two (a heading or a page between its parts): the total may cover the part above too.
    const split = splitPart(doc, table, col);
    if (split.length >= 2) {
      const stat = stated.cells[col]!;
      const whole = judgeSum({ parts: [...split, ...figures(first, col)], stated: { value: stat.value!, precision: stat.precision }, doubts: [], rounding: [] });
      if (whole === null || whole.severity === 'info') {
        out.push({
          severity: 'info',
          message: t('table.columnTotal.split', { rows: String(split.length + figures(first, col).length), label: stated.label, stated: figureText(stat.value!, table.columns[col]!.unit) }),
          location: stat.location,
        });
        continue;
      }
    }
    out.push(finding(table, col, first, verdict, verdict.suffix));
  }
  // Sums a grouped table states in its labels ("Stat | Totalt", "Totalt | Män"): read from the labels, so at most a warning.
  for (const check of groupChecks(table, col).filter(keep)) {
    if (figures(check, col).length < 2) continue;
    const j = judge(doc, table, col, check, [...structural, t('structure.doubtGroups')]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  // Totals named for what they total ("Totala inkomster") where the reader marked no sum row: read from the label, so at most a warning.
  for (const named of namedTotalChecks(table, col).filter(keep)) {
    // The total of the "varav" rows under it, not of the rows above it.
    if (totalOfItsParts(table, named.stated)) continue;
    // A row over its own parts among the rows it totals: counted once, with its parts left out.
    const check = withoutEvidentParts([named], evident)[0] ?? named;
    if (figures(check, col).length < 2) continue;
    const j = judge(doc, table, col, check, [...structural, t('structure.doubtNamedTotal', { label: check.stated.label })]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  // A row naming the codes of the rows it sums ("Övriga inkomster (2000–8000)"): read from the labels, so at most a warning.
  for (const range of codeRangeChecks(table)) {
    const check: SumCheck = { stated: range.stated, parts: range.parts.map((row) => ({ row, sign: 1 })), structure: 'code-range' };
    if (check.stated.cells[col]?.value == null || figures(check, col).length < 2) continue;
    const j = judge(doc, table, col, check, [...structural, t('structure.doubtCodeRange', { label: check.stated.label })]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  // A county's row beside its municipalities alone: read from the names, so at most a warning.
  const county = countyOverItsMunicipalities(table);
  if (county && county.stated.cells[col]?.value != null && countyAddsUp(table, county)) {
    const check: SumCheck = { stated: county.stated, parts: county.parts.map((row) => ({ row, sign: 1 })), structure: 'name-levels' };
    if (figures(check, col).length >= 2) {
      const j = judge(doc, table, col, check, [...structural, t('structure.doubtCountyRow', { label: county.stated.label })]);
      if (j) out.push(finding(table, col, check, j, j.suffix));
    }
  }
  // An income statement's result lines, each the result before it plus the sums and items since: read from the labels, so at most a warning.
  for (const check of resultChecks(table, col).filter(keep)) {
    if (figures(check, col).length < 2 || !resultHoldsSomewhere(table, check.stated)) continue;
    const j = judge(doc, table, col, check, [...structural, t('structure.doubtResults', { label: check.stated.label })]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  // A cash flow statement's closing lines that the reader left as data rows: read from the labels, so at most a warning.
  for (const check of cashFlowSums(table).filter(keep)) {
    if (check.stated.kind !== 'data' || figures(check, col).length < 2) continue;
    const j = judge(doc, table, col, check, [...structural, t('structure.doubtCashFlow', { label: check.stated.label })]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  // Rows over their parts that the table shows by indentation or by its other columns: a reading, so at most a warning.
  for (const check of evidentChecks(evident, col).filter(keep)) {
    if (figures(check, col).length < 2) continue;
    const e = evident.find((x) => x.stated === check.stated)!;
    const label = check.stated.label;
    const doubt = e.evidence === 'indented' ? t('structure.doubtIndented', { label }) : t('structure.doubtEvidentColumns', { label, columns: String(e.exact) });
    const j = judge(doc, table, col, check, [...structural, doubt]);
    if (j) out.push(finding(table, col, check, j, j.suffix));
  }
  return out;
}

const COUNTY_ADDS = new WeakMap<Table, boolean>();

/**
 * Whether a county's row is its municipalities' sum in the table's other columns: in at least one
 * and half of the two or more columns where it can be tried. Counts of persons or households may
 * count one once in the county and in two municipalities, and a figure per household is no sum:
 * where the columns do not show the county adding up, none of them is checked.
 */
function countyAddsUp(table: Table, county: { stated: Row; parts: Row[] }): boolean {
  const known = COUNTY_ADDS.get(table);
  if (known !== undefined) return known;
  let tried = 0;
  let held = 0;
  table.columns.forEach((c, k) => {
    const cell = county.stated.cells[k];
    if (c.unit === 'percent' || c.rate || cell?.value == null) return;
    const parts = county.parts.flatMap((r) => (r.cells[k]?.value == null ? [] : [{ value: r.cells[k]!.value!, precision: r.cells[k]!.precision }]));
    if (parts.length < 2) return;
    tried++;
    const j = judgeSum({ parts, stated: { value: cell.value, precision: cell.precision }, doubts: [], rounding: [] });
    if (j === null || j.severity === 'info') held++;
  });
  const adds = tried >= 2 && held >= 1 && held * 2 >= tried;
  COUNTY_ADDS.set(table, adds);
  return adds;
}

// Columns in which a result line's reading must fail, every one of them, before it is dropped as no reading of the table.
const MIN_RESULT_COLUMNS = 3;
const RESULT_HOLDS = new WeakMap<Table, Map<Row, boolean>>();

/**
 * Whether a result line is the result before it plus the sums and items since in at least one
 * column, or can be tried in fewer than three. A line that misses in every one of three or more
 * years is no chain of results: the table leaves items out (a five-year overview that prints
 * "Driftnetto" without its other income), and a misprint in every year is not what it shows.
 */
function resultHoldsSomewhere(table: Table, stated: Row): boolean {
  let known = RESULT_HOLDS.get(table);
  if (!known) {
    known = new Map();
    const tally = new Map<Row, { tried: number; held: number }>();
    table.columns.forEach((c, k) => {
      if (c.unit === 'percent' || c.rate) return;
      for (const check of resultChecks(table, k)) {
        const cell = check.stated.cells[k];
        if (cell?.value == null || figures(check, k).length < 2) continue;
        const x = tally.get(check.stated) ?? { tried: 0, held: 0 };
        x.tried++;
        const j = judgeSum({ parts: figures(check, k), stated: { value: cell.value, precision: cell.precision }, doubts: [], rounding: [] });
        if (j === null || j.severity === 'info') x.held++;
        tally.set(check.stated, x);
      }
    });
    for (const [row, x] of tally) known.set(row, x.tried < MIN_RESULT_COLUMNS || x.held > 0);
    RESULT_HOLDS.set(table, known);
  }
  return known.get(stated) ?? true;
}

// More sections than this under one sum: too many ways to read them to tell one mismatch.
const MAX_SECTIONS = 7;

/**
 * Whether a sum over section sums may be read another way that makes it: it may close fewer of
 * them (a total among them closed what came before; some of them alone reconcile), or net some
 * against the others (income less costs printed as positive sums). Each part is taken in, left
 * out or subtracted; any reading but all of them taken in that reconciles leaves no claim to make.
 */
function otherSectionReading(check: SumCheck, col: number): boolean {
  if (check.parts.some((p) => p.row.kind === 'total') || check.parts.length > MAX_SECTIONS) return true;
  const cells = check.parts.map((p) => p.row.cells[col]);
  const stated = check.stated.cells[col]!;
  const n = cells.length;
  for (let code = 0; code < 3 ** n; code++) {
    const figs: Figure[] = [];
    let allIn = true;
    for (let k = 0, c = code; k < n; k++, c = Math.floor(c / 3)) {
      const sign = c % 3;
      if (sign !== 0) allIn = false;
      const cell = cells[k];
      if (sign === 2 || cell?.value == null) continue;
      figs.push({ value: sign === 1 ? cell.value.negated() : cell.value, precision: cell.precision });
    }
    if (allIn || figs.length === 0) continue;
    const j = judgeSum({ parts: figs, stated: { value: stated.value!, precision: stated.precision }, doubts: [], rounding: [] });
    if (j === null || j.severity === 'info') return true;
  }
  return false;
}

/**
 * A total above several breakdowns (structures.ts `breakdownsBelow`). When every breakdown makes
 * it, one info names the structure. Otherwise each breakdown that misses is reported on its own,
 * named by its heading, as a warning: that the rows under a heading break down this total is read
 * from the layout, the others making it confirm the reading but do not prove it. The warning says
 * why: the breakdown read, far off the total (more than a tenth: the rows may break down another
 * whole), or none making the total (the structure a guess).
 */
function breakdownFindings(doc: Document, table: Table, col: number, stated: Row, groups: readonly Breakdown[], structural: string[]): RuleFinding[] {
  const checks = groups.map((g) => ({ g, check: { stated, parts: g.parts.map((row) => ({ row, sign: 1 as const })), structure: 'breakdowns' as const } }));
  const judged = checks.filter((x) => figures(x.check, col).length >= 2).map((x) => ({ ...x, j: judge(doc, table, col, x.check, structural) }));
  const holds = (j: Judgement | null): boolean => j === null || j.severity === 'info';
  const missing = judged.filter((x) => !holds(x.j));
  const cell = stated.cells[col]!;
  const header = table.columns[col]!.header.join(' / ');
  if (missing.length === 0) {
    if (judged.length < MIN_BREAKDOWNS_MADE) return [];
    return [
      {
        severity: 'info',
        message: t('table.columnTotal.breakdowns', {
          label: stated.label,
          stated: figureText(cell.value!, table.columns[col]!.unit),
          count: String(judged.length),
          headings: judged.map((x) => `"${x.g.heading.label.trim()}"`).join(', '),
          column: header ? t('table.inColumn', { header }) : '',
        }),
        location: cell.location,
      },
    ];
  }
  const confirmed = judged.length > missing.length;
  return missing.map(({ g, check, j }) => {
    // Far off the total, the rows under the heading may break down another whole (costs under a total of income): a doubt.
    const far = j!.comparison.difference.abs().gt(cell.value!.abs().times(BREAKDOWN_NEAR));
    // Near the total, the others confirming it: still the rows under a heading are read as a breakdown of
    // this total from the layout alone (they may split another whole by chance), so a miss warns, saying so.
    const heading = g.heading.label.trim();
    const doubt = !confirmed ? t('table.columnTotal.breakdownDoubt') : far ? t('table.columnTotal.breakdownFar', { heading }) : t('table.columnTotal.breakdownRead', { heading });
    const judgement = judge(doc, table, col, check, [...structural, doubt]) ?? j!;
    return finding(table, col, check, judgement, t('table.columnTotal.inBreakdown', { heading: g.heading.label.trim() }) + judgement.suffix);
  });
}
const MIN_BREAKDOWNS_MADE = 2;
/** A breakdown that misses its total by more than this share of it may break down another whole. */
const BREAKDOWN_NEAR = new Decimal('0.1');

function finding(table: Table, col: number, check: SumCheck, j: Judgement, suffix: string): RuleFinding {
  const n = figures(check, col).length;
  return {
    severity: j.severity,
    message: message(table, col, check, j, n) + suffix,
    location: check.stated.cells[col]!.location,
    expected: j.comparison.stated.toFixed(),
    actual: j.comparison.computed.toFixed(),
  };
}

export const columnTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/column-total',
    description: 'Datarader summerar till summaraden, kolumn för kolumn',
    severity: 'error',
    docs:
      'For every value column, the data rows above a total row (Summa, Totalt, Riket …) must add up to it. ' +
      'Subtotal rows are checked against the rows since the previous subtotal, and the total against the subtotals. ' +
      'Counts printed only as a bound ("<5") add between nothing and the bound less one each: a total within that reach is an info. ' +
      'A total row whose "varav" rows follow it and add up to it (in half of the columns at least) is their total and is not summed from the rows above. ' +
      'When that reading does not reconcile, other structures are tried: sections closed by a "Summa", deductions ' +
      '("Avgår …") netted by the next sum, a subtotal followed by more rows and a grand total, unlabelled subtotals, ' +
      'a total printed above its parts (above several breakdowns, each under a heading of its own: each breakdown checked alone and named by its heading when it misses, a warning since the breakdowns are read from the layout); one that reconciles is an info naming it (rows that merely equal the rows above them, unlabelled, only make a mismatch a warning). A sum right under the sums of its sections that no reading makes is a warning naming the sections, never an error. Rounded figures (tables in millions) ' +
      'are compared as intervals: a sum that matches only within the rounding is an info. A mismatch is an error only ' +
      'when the reading is certain; a blank or "<5" cell, a unit the table does not state, rounding the document ' +
      'declares or that the figures show (every value ends in 000), an ambiguous structure, a figure that one space sets apart ' +
      'from its label as from its own digit groups when the sum agrees with the label ending a group later or earlier, or a sum that exceeds ' +
      'its total by exactly the figure of a row whose figures repeat another row\'s in every column (one unit listed under ' +
      'two names, which the total may count once) make it a warning that says what was uncertain. A national row beside regions of fewer than half the counties that together reach ' +
      'less than half its figure (a municipality, its county and the country), or whose figure is below one of theirs (figures ' +
      'per inhabitant of a few municipalities beside the country\'s), is a comparison, not a sum, and is not checked.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (table.rows.some((r) => r.number !== undefined)) continue;
      const evident = evidentSums(table, indentation(doc));
      table.columns.forEach((c, i) => {
        // One push per finding: a huge table's findings spread into one call could overflow the stack.
        if (c.unit !== 'percent' && !c.rate) for (const f of checkColumn(doc, table, i, evident)) out.push(f);
      });
    }
    return out;
  },
};
