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
export type CashFlowLine = 'before-working-capital' | 'working-capital' | 'section' | 'after-investing' | 'whole';

const key = (label: string): string => label.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Which of a cash flow statement's closing lines a label names, if any. */
export function cashFlowLine(label: string): CashFlowLine | null {
  const k = key(label);
  if (CASH_FLOW_LINES.beforeWorkingCapital.test(k)) return 'before-working-capital';
  if (CASH_FLOW_LINES.workingCapital.test(k)) return 'working-capital';
  if (CASH_FLOW_LINES.section.test(k)) return 'section';
  if (CASH_FLOW_LINES.afterInvesting.test(k)) return 'after-investing';
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
 * row the reader marked inside a section ("Summa justeringar") stands for the items above it, as
 * the working capital's own flow ("Kassaflöde från förändringar i rörelsekapital") stands for the
 * changes since the funds line; a running flow after the investing section ("Kassaflöde efter
 * investeringar") sums the sections' flows so far and is no item.
 *
 * Some statements print the operating section's flow over the changes in working capital alone and
 * count the funds line beside the sections in the year's flow (funds 222 + changes −115 + investing
 * −475 + financing 408 = 40): that reading is taken where it makes more of the statement's lines, over
 * all its columns, than the first one does. `isItem` says which rows are items (data rows, not "varav").
 */
export function cashFlowChecks(table: Table, isItem: (r: Row) => boolean): CashFlowCheck[] {
  // A statement closes two sections or more with their flows; a table of key figures that lists
  // "Årets kassaflöde" (or one section's flow) among other figures is no statement.
  if (table.rows.filter((r) => cashFlowLine(r.label) === 'section').length < 2) return [];
  const joined = closingChecks(table, isItem, false);
  if (!fundsBeforeSection(table)) return joined;
  const apart = closingChecks(table, isItem, true);
  return lines(table, apart) > lines(table, joined) ? apart : joined;
}

/** Whether a funds line stands right before a section's flow with only items between: the two readings differ there. */
function fundsBeforeSection(table: Table): boolean {
  let funds = false;
  for (const row of table.rows) {
    const line = cashFlowLine(row.label);
    if (line === 'before-working-capital') funds = true;
    else if (line === 'section' && funds) return true;
    else if (line !== null) funds = false;
  }
  return false;
}

/** How many (check, column) pairs a reading makes: the parts' sum equals the stated figure within the figures' rounding. */
function lines(table: Table, checks: readonly CashFlowCheck[]): number {
  let n = 0;
  for (const c of checks) {
    table.columns.forEach((_, col) => {
      const stated = c.stated.cells[col];
      if (stated?.value == null) return;
      const cells = c.parts.map((r) => r.cells[col]).filter((x) => x?.value != null);
      if (cells.length === 0) return;
      const sum = cells.reduce((a, x) => a.plus(x!.value!), stated.value.times(0));
      const slack = cells.reduce((a, x) => a.plus(x!.precision), stated.precision);
      if (sum.minus(stated.value).abs().lte(slack)) n++;
    });
  }
  return n;
}

/** The checks of one reading; with `fundsApart` a section's flow leaves the funds line to the year's flow. */
function closingChecks(table: Table, isItem: (r: Row) => boolean, fundsApart: boolean): CashFlowCheck[] {
  const out: CashFlowCheck[] = [];
  let sections: Row[] = [];
  let funds: Row | null = null;
  // Funds lines the year's flow counts beside the sections (fundsApart).
  let carried: Row[] = [];
  let items: Row[] = [];
  const push = (stated: Row, parts: Row[]): void => {
    if (parts.length >= 2) out.push({ stated, parts });
  };
  for (const row of table.rows) {
    const line = cashFlowLine(row.label);
    // A funds line printed without figures is no step: the section's flow sums its items from the start.
    if (line === 'before-working-capital' && row.cells.every((c) => c.value == null)) continue;
    if (line === 'before-working-capital') {
      push(row, items);
      funds = row;
      items = [];
    } else if (line === 'working-capital') {
      push(row, items);
      items = [row];
    } else if (line === 'section') {
      if (fundsApart && funds) {
        push(row, items);
        carried.push(funds);
      } else push(row, [...(funds ? [funds] : []), ...items]);
      sections.push(row);
      funds = null;
      items = [];
    } else if (line === 'after-investing') {
      push(row, [...carried, ...sections]);
      items = [];
    } else if (line === 'whole') {
      push(row, [...carried, ...sections, ...(funds ? [funds] : []), ...items]);
      sections = [];
      carried = [];
      funds = null;
      items = [];
    } else if (row.kind === 'total') {
      sections = [];
      carried = [];
      funds = null;
      items = [];
    } else if (row.kind === 'subtotal') items = [row];
    else if (isItem(row)) items.push(row);
  }
  return out;
}
