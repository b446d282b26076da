import { Decimal } from 'decimal.js';
import { compareFigures } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import type { Cell, Table } from '../../model/table.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * A series by year ("Utbetalade statsbidrag 2007–2017": 48 milj. … 84 milj.) and a line of text
 * that gives one of its years again ("Utbetalade statsbidrag 2017: 84 818 475 kr") speak of the
 * same figure: the series' rounded figure must be what the text's figure rounds to. The two are
 * linked only when the text names that one year of the series and shares two words with the
 * series' title (its caption, or the line right above it), and the two figures lie within a
 * tenth of each other. The link is read from words, so a mismatch is a warning that says so.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const YEAR_IN_TEXT = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const MIN_YEARS = 3;
const REACH = new Decimal('0.10');
/** Lines above a table searched for its title when it has no caption. */
const TITLE_LINES = 3;
/** Words that name no subject. */
const STOP = new Set(['till', 'från', 'inom', 'under', 'samt', 'eller', 'efter', 'före', 'över', 'kronor', 'miljoner', 'miljarder', 'belopp', 'totalt', 'summa', 'året', 'åren', 'varje']);

const words = (s: string): Set<string> => new Set([...s.toLowerCase().matchAll(/\p{L}{4,}/gu)].map((m) => m[0]).filter((w) => !STOP.has(w)));

/**
 * The table's title: its caption, the title of its label column when that is more than a word
 * (a series pasted one cell a line keeps its title there), or the first line of text within a
 * few lines above it.
 */
function titleOf(doc: Document, table: Table): string | null {
  if (table.caption) return table.caption;
  if (table.labelHeader && words(table.labelHeader).size >= 2) return table.labelHeader;
  const line = table.location.line;
  if (line === undefined) return null;
  for (let k = line - 2; k >= 0 && k >= line - 1 - TITLE_LINES; k--) {
    const text = doc.lines[k]?.trim() ?? '';
    if (text !== '') return text;
  }
  return null;
}

/** The table's one figure for each year: years as columns over one row of figures, or as rows beside one column. */
function yearCells(table: Table): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const valued = table.rows.filter((r) => r.cells.some((c) => c.value !== null));
  const yearCols = table.columns.flatMap((c, k) => (YEAR.test(c.header.join(' ').trim()) ? [k] : []));
  if (yearCols.length >= MIN_YEARS && valued.length === 1) {
    for (const k of yearCols) {
      const cell = valued[0]!.cells[k];
      if (cell?.value != null) out.set(table.columns[k]!.header.join(' ').trim(), cell);
    }
    return out;
  }
  const yearRows = valued.filter((r) => YEAR.test(r.label.trim()));
  const columns = new Set(yearRows.flatMap((r) => r.cells.flatMap((c, k) => (c.value !== null ? [k] : []))));
  if (yearRows.length >= MIN_YEARS && yearRows.length === valued.length && columns.size === 1) {
    const k = [...columns][0]!;
    for (const r of yearRows) out.set(r.label.trim(), r.cells[k]!);
  }
  return out;
}

function check(doc: Document, table: Table, amount: ProseAmount): RuleFinding | null {
  if (amount.unit !== 'SEK' || amount.change) return null;
  const sentence = doc.sentences[amount.sentence]?.text ?? amount.context;
  const years = [...new Set([...sentence.matchAll(YEAR_IN_TEXT)].map((m) => m[0]))];
  if (years.length !== 1) return null;
  const cell = yearCells(table).get(years[0]!);
  if (!cell || cell.value === null || cell.value.isZero()) return null;
  const title = titleOf(doc, table);
  if (title === null) return null;
  const own = words(sentence.replace(amount.raw, ' '));
  const shared = [...words(title)].filter((w) => own.has(w));
  if (shared.length < 2) return null;
  // A figure far from the cell's is some other figure of that year.
  if (amount.value.minus(cell.value).abs().gt(cell.value.abs().times(REACH))) return null;
  const c = compareFigures({ value: amount.value, precision: amount.precision }, { value: cell.value, precision: cell.precision });
  if (c.verdict !== 'mismatch') return null;
  return {
    severity: 'warning',
    message:
      t('text.yearFigure', {
        sentence: sentence.trim(),
        amount: figureText(amount.value, amount.unit),
        year: years[0]!,
        title,
        cell: cell.raw,
        difference: differenceText(c.difference, c.slack, amount.unit),
      }) + t('sum.uncertain', { doubts: t('text.yearFigure.doubt') }),
    location: cell.location,
    expected: amount.value.toFixed(),
    actual: cell.value.toFixed(),
  };
}

export const yearFigure: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/year-figure',
    description: 'Ett års tal i texten stämmer med samma års tal i en tabell över åren',
    severity: 'warning',
    docs:
      'When a line of text gives the figure of one year ("Utbetalade statsbidrag 2017: 84 818 475 kr") and a table gives a ' +
      'series by year under a title that shares two words with that line, with years as columns over one row or as rows beside ' +
      'one column, the table\'s figure for that year must be what the text\'s figure rounds to. Figures more than a tenth apart ' +
      'are taken to be other figures. The link is read from words, so a mismatch is a warning that says so.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (yearCells(table).size === 0) continue;
      for (const amount of doc.amounts) {
        const f = check(doc, table, amount);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
