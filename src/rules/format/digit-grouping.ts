import type { Anomaly } from '../../model/amount.js';
import type { Location } from '../../model/location.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { num, t } from '../../messages/index.js';

/**
 * Digit groups of the wrong width ("544 99 160"): the grammar still reads the digits as one
 * number, but the reader cannot tell whether a digit was lost, so the reading is shown.
 */
function finding(a: Anomaly, written: string, location: Location): RuleFinding {
  return { message: t('format.digitGrouping', { raw: a.raw, written }), location };
}

const YEAR = /^(?:19|20)\d\d$/;
// A year set with a thousands space ("2 012"): a spreadsheet's number format applied to a header.
const SPACED_YEAR = /^(1|2)[ \u00a0\u202f\u2009](9\d\d|0\d\d)$/;

/** Column headers that are years written as grouped numbers, beside headers that are plain years. */
function spacedYears(doc: Parameters<DocumentRule['check']>[0]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const table of doc.tables) {
    const heads = table.columns.map((c) => (c.header[c.header.length - 1] ?? '').trim());
    if (heads.filter((h) => YEAR.test(h)).length < 2) continue;
    for (const h of heads) {
      const m = SPACED_YEAR.exec(h);
      if (m) out.push({ message: t('format.digitGroupingYear', { raw: h, year: `${m[1]}${m[2]}` }), location: table.location });
    }
  }
  return out;
}

export const digitGrouping: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'format/digit-grouping',
    description: 'Felaktig gruppering av siffror i ett belopp',
    severity: 'warning',
    docs:
      'Swedish writes thousands in groups of three digits separated by spaces. A number whose groups have another width ' +
      '("544 99 160") is read as the digits run together (54 499 160) and reported, since a digit may have been dropped or ' +
      'a space misplaced. Check the figure against its source and correct the grouping. A year among year column headers ' +
      'written with a thousands space ("2 012" beside "2010", "2011") is reported too, and so is a decimal comma followed by a ' +
      'space in the text ("1, 3 miljarder", read as 1,3 miljarder).',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, i) => {
          if (cell.value === null) return;
          const scale = table.columns[i]?.scale ?? 1;
          for (const a of cell.anomalies) {
            if (a.kind === 'digit-grouping') out.push(finding(a, num(cell.value.div(scale)), cell.location));
          }
        });
      }
    }
    for (const f of spacedYears(doc)) out.push(f);
    for (const amount of doc.amounts) {
      for (const a of amount.anomalies) {
        if (a.kind === 'digit-grouping') out.push(finding(a, num(amount.value.div(amount.scale)), amount.location));
        else if (a.kind === 'spaced-decimal') out.push({ message: a.message, location: amount.location });
      }
    }
    return out;
  },
};
