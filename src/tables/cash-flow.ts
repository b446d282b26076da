import { CASH_FLOW_LINES } from '../lexicon/phrases.js';
import type { Row, Table } from '../model/table.js';

/**
 * A cash flow statement (kassaflödesanalys, betalningsflödesanalys) closes each of its sections
 * with that section's flow and the whole with the year's:
 *
 *   DEN LÖPANDE VERKSAMHETEN
 *   Årets resultat … Justering för avskrivningar …
 *   Medel från verksamheten före förändring av rörelsekapital   (the items above)
 *   Ökning/minskning kortfristiga fordringar …
 *   Kassaflöde från den löpande verksamheten                    (the line above plus the items since)
 *   INVESTERINGSVERKSAMHETEN … Kassaflöde från investeringsverksamheten
 *   FINANSIERINGSVERKSAMHETEN … Kassaflöde från finansieringsverksamheten
 *   Årets kassaflöde                                            (the sections' flows)
 *
 * The sections do not run on from each other as an income statement's results do: each section's
 * flow sums its own items only. Which line is which is read from the labels.
 */
export type CashFlowLine = 'before-working-capital' | 'section' | 'whole';

const key = (label: string): string => label.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Which of a cash flow statement's closing lines a label names, if any. */
export function cashFlowLine(label: string): CashFlowLine | null {
  const k = key(label);
  if (CASH_FLOW_LINES.beforeWorkingCapital.test(k)) return 'before-working-capital';
  if (CASH_FLOW_LINES.section.test(k)) return 'section';
  return CASH_FLOW_LINES.whole.test(k) ? 'whole' : null;
}

export interface CashFlowCheck {
  stated: Row;
  parts: Row[];
}

/**
 * The checks a cash flow statement's closing lines make: the funds before changes in working
 * capital sum the items above them, a section's flow sums those funds (where printed) and the items
 * since, and the year's flow sums the sections' flows and any items after the last of them. A sum
 * row the reader marked inside a section ("Summa justeringar") stands for the items above it.
 * `isItem` says which rows are items (data rows, not "varav").
 */
export function cashFlowChecks(table: Table, isItem: (r: Row) => boolean): CashFlowCheck[] {
  // A statement closes two sections or more with their flows; a table of key figures that lists
  // "Årets kassaflöde" (or one section's flow) among other figures is no statement.
  if (table.rows.filter((r) => cashFlowLine(r.label) === 'section').length < 2) return [];
  const out: CashFlowCheck[] = [];
  let sections: Row[] = [];
  let funds: Row | null = null;
  let items: Row[] = [];
  const push = (stated: Row, parts: Row[]): void => {
    if (parts.length >= 2) out.push({ stated, parts });
  };
  for (const row of table.rows) {
    const line = cashFlowLine(row.label);
    if (line === 'before-working-capital') {
      push(row, items);
      funds = row;
      items = [];
    } else if (line === 'section') {
      push(row, [...(funds ? [funds] : []), ...items]);
      sections.push(row);
      funds = null;
      items = [];
    } else if (line === 'whole') {
      push(row, [...sections, ...(funds ? [funds] : []), ...items]);
      sections = [];
      funds = null;
      items = [];
    } else if (row.kind === 'total') {
      sections = [];
      funds = null;
      items = [];
    } else if (row.kind === 'subtotal') items = [row];
    else if (isItem(row)) items.push(row);
  }
  return out;
}
