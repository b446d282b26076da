import { judgeSum } from '../../compare/certainty.js';
import type { Figure } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import type { Cell, Column, Row, Table } from '../../model/table.js';
import { cellDoubts, columnReading } from '../../tables/column-reading.js';
import { isPartOfAbove } from '../../tables/structures.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';
import { withoutAccumulated } from './accumulated-word.js';
import { datedBalance, withoutBalanceDate } from '../../tables/dated-balance.js';

/**
 * A balance carried through a period, as cash-flow statements and changes in equity print it:
 * "Likvida medel vid årets början" (or "Ingående …", "IB …"), the period's change ("Årets
 * kassaflöde", or the movements printed between the two), "Likvida medel vid årets slut"
 * ("Utgående …", "UB …"). In each column the closing balance is the opening one plus the change;
 * and where two neighbouring columns are consecutive years of the same kind, the later year opens
 * with the balance the earlier one closed with. Which rows and columns the relations join is read
 * from labels and headers (a restated opening balance, which a page may not mention, also breaks
 * the second), so a mismatch is a warning that says so; a difference within rounding is an info.
 */

const PERIOD = String.raw`(?:årets|periodens|räkenskapsårets|månadens|kvartalets|halvårets)`;
const OPENING = new RegExp(String.raw`(?:\b(?:vid|per|i)\s+${PERIOD}\s+(?:början|ingång)|(?:^|\s)(?:ingående(?:\s+balans)?|IB))(?=\s|$|,|:)`, 'i');
const CLOSING = new RegExp(String.raw`(?:\b(?:vid|per|i)\s+${PERIOD}\s+(?:slut|utgång)|(?:^|\s)(?:utgående(?:\s+balans)?|UB))(?=\s|$|,|:)`, 'i');
/** The period's change printed just above the opening balance ("Årets kassaflöde", "Förändring av likvida medel"). */
const CHANGE = new RegExp(String.raw`^(?:${PERIOD}\s+(?:kassaflöde|förändring)|förändring\s+av\s+likvida\s+medel)(?=\s|$|,|:)`, 'i');
/** Words that make two columns of different kinds (a budget beside an outcome): no balance is carried between them. */
const KIND = /\b(?:budget|prognos|plan|utfall|bokslut|delår|avvikelse|förändring|differens)/i;
const YEAR = /((?:19|20)\d{2})$/;

/**
 * What the balance is of ("likvida medel"), or null when the label is no opening (closing) balance.
 * A closing balance of a note's fixed assets says that it accumulates ("Utgående ackumulerade
 * anskaffningsvärden" under "Ingående anskaffningsvärden"): the word names no other balance
 * (accumulated-word.ts).
 */
function subject(label: string, re: RegExp): string | null {
  const m = re.exec(label);
  if (!m) {
    // A balance named by its day ("Eget kapital 2022-01-01" … "Eget kapital 2022-12-31"; dated-balance.ts).
    const dated = datedBalance(label);
    return dated !== null && dated.kind === (re === OPENING ? 'opening' : 'closing') ? withoutAccumulated(dated.subject) : null;
  }
  // The day the balance stands at names no other balance ("Ingående balans 1.1.2023" … "Utgående balans 31.12.2023").
  label = withoutBalanceDate(label);
  const n = re.exec(label);
  if (!n) return null;
  return withoutAccumulated(
    (label.slice(0, n.index) + ' ' + label.slice(n.index + n[0].length))
      .replace(/[,:]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase(),
  );
}

const figure = (c: Cell): Figure => ({ value: c.value!, precision: c.precision });
const summable = (c: Column): boolean => c.unit !== 'percent' && !c.rate;
const hasValue = (r: Row, k: number): boolean => r.cells[k]?.value != null;

interface Roll {
  opening: Row;
  closing: Row;
  /** The rows between the two balances that move it, and the change printed just above the opening balance. */
  between: Row[];
  change: Row | null;
}

/** Each closing balance with the nearest opening balance of the same subject above it. */
function rolls(table: Table): Roll[] {
  const out: Roll[] = [];
  table.rows.forEach((row, i) => {
    const what = subject(row.label.trim(), CLOSING);
    if (what === null || isPartOfAbove(row)) return;
    for (let j = i - 1; j >= 0; j--) {
      const open = table.rows[j]!;
      if (subject(open.label.trim(), CLOSING) !== null) return;
      if (subject(open.label.trim(), OPENING) !== what || isPartOfAbove(open)) continue;
      const between = table.rows.slice(j + 1, i).filter((r) => !isPartOfAbove(r));
      const above = table.rows.slice(0, j).reverse().find((r) => r.cells.some((c) => c.value !== null));
      const change = above && CHANGE.test(above.label.trim()) ? above : null;
      out.push({ opening: open, closing: row, between, change });
      return;
    }
  });
  return out;
}

function carried(doc: Document, table: Table, roll: Roll): RuleFinding[] {
  const out: RuleFinding[] = [];
  table.columns.forEach((col, k) => {
    if (!summable(col) || !hasValue(roll.opening, k) || !hasValue(roll.closing, k)) return;
    const moves = [...(roll.change ? [roll.change] : []), ...roll.between].filter((r) => hasValue(r, k));
    if (moves.length === 0) return;
    const reading = columnReading(doc, table, k);
    const j = judgeSum({
      parts: [figure(roll.opening.cells[k]!), ...moves.map((r) => figure(r.cells[k]!))],
      stated: figure(roll.closing.cells[k]!),
      doubts: [...cellDoubts([roll.opening, ...moves, roll.closing], k), t('table.balanceRoll.rowsDoubt')],
      rounding: reading.rounding,
      mayDiffer: reading.mayDiffer,
    });
    if (!j) return;
    const c = j.comparison;
    const header = col.header.join(' / ');
    out.push({
      severity: j.severity,
      message:
        t('table.balanceRoll.closing', {
          closing: roll.closing.label.trim(),
          opening: roll.opening.label.trim(),
          moves: moves.map((r) => `"${r.label.trim()}"`).join(', '),
          computed: figureText(c.computed, col.unit),
          stated: figureText(c.stated, col.unit),
          difference: differenceText(c.difference, c.slack, col.unit),
          column: header ? t('table.inColumn', { header }) : '',
        }) + j.suffix,
      location: roll.closing.cells[k]!.location,
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  });
  return out;
}

/** A column's year and the rest of its header, when its last header line ends in a year. */
function yearOf(col: Column): { year: number; rest: string; group: string } | null {
  const last = (col.header[col.header.length - 1] ?? '').trim();
  const m = YEAR.exec(last);
  if (!m) return null;
  const rest = last.slice(0, m.index).trim().toLowerCase();
  // A date or a span ("2020-12-31", "2019–2020") is not a year's column.
  if (/[\d\-–/.]$/.test(rest)) return null;
  return { year: Number(m[1]), rest, group: col.header.slice(0, -1).join(' / ').toLowerCase() };
}

/**
 * Neighbouring columns of consecutive years and the same kind: [earlier, later]. A table that
 * repeats its years for each group ("2021 2020 | 2021 2020") also shows two years the other way
 * round where one group ends and the next begins: the years run the way the first pair shows.
 */
function yearPairs(table: Table): [number, number][] {
  const out: [number, number][] = [];
  let descending: boolean | null = null;
  for (let k = 0; k + 1 < table.columns.length; k++) {
    const a = table.columns[k]!;
    const b = table.columns[k + 1]!;
    const ya = yearOf(a);
    const yb = yearOf(b);
    if (!ya || !yb || !summable(a) || !summable(b) || ya.group !== yb.group || a.unit !== b.unit || a.scale !== b.scale) continue;
    // The same kind: the headers agree but for the year, or one names only its year (the other's words being a group above it).
    const sameKind = ya.rest === yb.rest || ((ya.rest === '' || yb.rest === '') && !KIND.test(ya.rest + ' ' + yb.rest));
    if (!sameKind) continue;
    const down = ya.year === yb.year + 1;
    if (!down && yb.year !== ya.year + 1) continue;
    descending ??= down;
    if (down !== descending) continue;
    out.push(down ? [k + 1, k] : [k, k + 1]);
  }
  return out;
}

function broughtForward(table: Table, roll: Roll): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const [earlier, later] of yearPairs(table)) {
    const closed = roll.closing.cells[earlier];
    const opened = roll.opening.cells[later];
    if (closed?.value == null || opened?.value == null) continue;
    const j = judgeSum({
      parts: [figure(closed)],
      stated: figure(opened),
      doubts: [...cellDoubts([roll.closing], earlier), ...cellDoubts([roll.opening], later), t('table.balanceRoll.yearsDoubt')],
      rounding: [],
      mayDiffer: null,
    });
    if (!j) continue;
    const c = j.comparison;
    const unit = table.columns[later]!.unit;
    out.push({
      severity: j.severity,
      message:
        t('table.balanceRoll.opening', {
          opening: roll.opening.label.trim(),
          closing: roll.closing.label.trim(),
          later: table.columns[later]!.header.join(' / '),
          earlier: table.columns[earlier]!.header.join(' / '),
          stated: figureText(c.stated, unit),
          closed: figureText(c.computed, unit),
          difference: differenceText(c.difference, c.slack, unit),
        }) + j.suffix,
      location: opened.location,
      expected: c.computed.toFixed(),
      actual: c.stated.toFixed(),
    });
  }
  return out;
}

export const balanceRoll: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/balance-roll',
    description: 'Utgående balans är ingående balans plus periodens förändring, och nästa år börjar där året slutade',
    severity: 'warning',
    docs:
      'In a table with an opening balance ("… vid årets början", "Ingående …", "IB") and a closing balance of the same thing ' +
      '("… vid årets slut", "Utgående …", "UB"), each column\'s closing balance must be its opening balance plus the rows ' +
      'printed between them, or plus the period\'s change printed just above the opening balance ("Årets kassaflöde"); and ' +
      'where two neighbouring columns are consecutive years of the same kind, the later year\'s opening balance must be the ' +
      'earlier year\'s closing balance. The relations are read from labels and headers (a restatement the page does not ' +
      'mention also breaks the second), so a mismatch is a warning that says so; a difference within rounding is an info.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      for (const roll of rolls(table)) {
        out.push(...carried(doc, table, roll), ...broughtForward(table, roll));
      }
    }
    return out;
  },
};
