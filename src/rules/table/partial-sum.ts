import { compareSum, type Figure } from '../../compare/interval.js';
import type { Cell, Row, Table } from '../../model/table.js';
import { figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A sum line with no label, printed under a section's rows as company statements set them
 * ("Rörelsens kostnader" / four cost rows / "-104 763"), that is not the sum of the section's
 * rows but is exactly the sum of its last few: the first rows of the section are left out of
 * it, and nothing in the table says they belong elsewhere. A line that sums the whole section is
 * read as its subtotal (tables/unlabelled-sums.ts) and checked like any; this rule speaks only
 * of the lines that do not. Only a section opened by a heading counts: without one, a line
 * under "Intäkter 100 / Kostnad −30 / Kostnad −20" may well sum the costs alone. Which rows the
 * line meant is a reading, so the finding is a warning.
 */

const MIN_SUMMED = 2;

const figure = (c: Cell): Figure => ({ value: c.value!, precision: c.precision });
const isHeading = (r: Row): boolean => r.kind === 'other' && r.label.trim() !== '' && r.cells.every((c) => c.value === null);
const isSumLine = (r: Row): boolean => r.kind === 'other' && r.label.trim() === '' && r.cells.some((c) => c.value !== null);

/** The columns the line shows a value in, each summable: every part has a certain value there. */
function shownColumns(table: Table, line: Row, parts: Row[]): number[] | null {
  const cols: number[] = [];
  for (let k = 0; k < line.cells.length; k++) {
    const col = table.columns[k];
    if (line.cells[k]!.value === null || !col || col.unit === 'percent' || col.rate) continue;
    if (parts.some((p) => { const c = p.cells[k]; return !c || c.value === null || c.uncertain !== undefined; })) return null;
    cols.push(k);
  }
  return cols.length > 0 ? cols : null;
}

const fits = (parts: Row[], line: Row, k: number): boolean =>
  compareSum(parts.map((p) => figure(p.cells[k]!)), figure(line.cells[k]!)).verdict !== 'mismatch';

function findingFor(table: Table, heading: Row, parts: Row[], line: Row): RuleFinding | null {
  if (parts.length < MIN_SUMMED + 1) return null;
  const cols = shownColumns(table, line, parts);
  if (!cols || cols.every((k) => fits(parts, line, k))) return null;
  // The one run of rows ending right above the line that it sums in every column it shows.
  const fitting: number[] = [];
  for (let m = MIN_SUMMED; m < parts.length; m++) {
    const suffix = parts.slice(parts.length - m);
    if (cols.every((k) => fits(suffix, line, k))) fitting.push(m);
  }
  if (fitting.length !== 1) return null;
  const left = parts.slice(0, parts.length - fitting[0]!);
  const k = cols[0]!;
  const unit = table.columns[k]!.unit;
  const whole = parts.map((p) => p.cells[k]!.value!).reduce((a, b) => a.plus(b));
  const header = table.columns[k]!.header.join(' / ');
  return {
    message: t('table.partialSum', {
      section: heading.label.trim(),
      stated: figureText(line.cells[k]!.value!, unit),
      summed: fitting[0]!,
      rows: parts.length,
      left: left.map((r) => `"${r.label.trim()}" (${r.cells[k]!.raw})`).join(', '),
      whole: figureText(whole, unit),
      column: header ? t('table.inColumn', { header }) : '',
    }),
    location: line.cells[k]!.location,
    expected: line.cells[k]!.value!.toFixed(),
    actual: whole.toFixed(),
  };
}

function findings(table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  let heading: Row | null = null;
  let parts: Row[] = [];
  for (const row of table.rows) {
    if (isHeading(row)) {
      heading = row;
      parts = [];
    } else if (row.kind === 'data') {
      parts.push(row);
    } else if (isSumLine(row) && heading) {
      const f = findingFor(table, heading, parts, row);
      if (f) out.push(f);
      heading = null;
      parts = [];
    } else {
      // A total, subtotal or other row closes the section: what follows is no longer under the heading.
      heading = null;
      parts = [];
    }
  }
  return out;
}

export const partialSum: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/partial-sum',
    description: 'En summarad utan rubrik som bara summerar de sista raderna i sitt avsnitt',
    severity: 'warning',
    docs:
      'A line of values with no label under a section heading and its rows, that is not the sum of all the rows since the ' +
      'heading but is exactly (within rounding, in every column it shows) the sum of the last two or more of them: the rows ' +
      'it leaves out are named. A line that sums the whole section is read as its subtotal and checked by table/column-total. ' +
      'Which rows the line was meant to sum is a reading, so the finding is a warning.',
  },
  check(doc) {
    return doc.tables.flatMap(findings);
  },
};
