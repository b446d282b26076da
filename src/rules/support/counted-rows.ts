import { parseNumberWord } from '../../../grammars/amount/numberWords.js';
import { compareFigures, sumFigures, type Figure } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { t } from '../../messages/index.js';
import type { RuleFinding } from '../types.js';
import { mentionsApplying } from './applied-for.js';
import { bulletLists, leadLists } from './lists.js';
import { countPhrase } from './list-count.js';
import { locatePhrase } from './locate.js';
import { recipientCounts } from './recipient-count.js';
import { isPlainMoney, tableTotals, type TableTotal } from './table-totals.js';
import { amountsBySentence } from './money-by-sentence.js';

/**
 * A grant release's lead that gives a list's total and counts its recipients: "Tillväxtverket
 * fördelar 20 miljoner kronor till fyra regioner" over a list of five regions that makes 20
 * miljoner, "3 miljoner kronor till fem projekt" over four projects. The amount ties the
 * sentence to the list (its rows make it, exactly or within rounding); the count must then be
 * the number of rows, or of some of them ("14 projekt i fyra regioner": either count, or their
 * sum, may be the rows'). That the sentence counts that list is a reading, so a count that no
 * reading makes the rows' is a warning, never an error.
 *
 * Passed over: a count with a word of approximation or of more ("över 40 projekt", "ett
 * tjugotal", "bland annat"), a sentence about applications ("14 föreningar sökte"), a list
 * whose rows any total row, subtotal or nested row makes unsure (tableTotals gives none).
 */
// A count that is no exact number of rows: "över 40 projekt", "drygt 20 föreningar", "minst fem".
const LOOSE_BEFORE = /(?<![\p{L}])(?:över|drygt|knappt|nästan|närmare|cirka|ca|omkring|ungefär|runt|minst|upp till|mer än|fler än|mindre än|färre än|bland annat|bl\.\s?a\.|bland andra|t\.\s?ex\.|exempelvis|ytterligare|ytterst)\s*$/iu;
const NOT_ALL = /(?<![\p{L}])(?:bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|bland dem|varav|därav|ytterligare|ett urval|några av)(?![\p{L}])/iu;
/** The sentence stands this close above the list, no other table between. */
const MAX_LINES_ABOVE = 15;

/** The rows the total is made of: data rows with a figure in its column. */
function rowCount(total: TableTotal): number {
  if (total.source === 'sum') return total.rows;
  return total.table.rows.filter((r) => r.kind === 'data' && r.cells[total.column]?.value != null).length;
}

/** A list's total and its rows, and where it starts. */
interface Rows {
  figure: Figure;
  rows: number;
  line: number;
  location: TableTotal['location'];
}

/** The tables as lists of rows: those of one money column whose total can be formed. */
function tableRows(doc: Document): Rows[] {
  const out: Rows[] = [];
  for (const table of doc.tables) {
    if (table.location.line === undefined || table.columns.filter((c) => c.unit === 'SEK').length !== 1) continue;
    const total = tableTotals(table)[0];
    if (total) out.push({ figure: total.figure, rows: rowCount(total), line: table.location.line, location: table.location });
  }
  return out;
}

/**
 * Bulleted lists that stay prose (a list of other recipients, "- Bygdegården i Ås: 800 000
 * kronor"): each top-level item one sentence with one amount of money.
 */
function proseListRows(doc: Document, money: ReadonlyMap<number, ProseAmount[]>): Rows[] {
  const out: Rows[] = [];
  const written = new Map<number, number>();
  for (const a of doc.amounts) written.set(a.sentence, (written.get(a.sentence) ?? 0) + 1);
  for (const list of bulletLists(doc)) {
    const first = doc.sentences[list.start]!;
    if (first.location.line === undefined || list.items.length < 2) continue;
    const parts: Figure[] = [];
    for (const item of list.items) {
      const amounts = item.flatMap((k) => money.get(k) ?? []);
      if (item.length !== 1 || amounts.length !== 1 || written.get(item[0]!) !== 1) break;
      parts.push({ value: amounts[0]!.value, precision: amounts[0]!.precision });
    }
    if (parts.length !== list.items.length) continue;
    out.push({ figure: sumFigures(parts), rows: parts.length, line: first.location.line, location: first.location });
  }
  return out;
}

/** The list right under the sentence, within reach: the nearest table or prose list below it. */
function listBelow(lists: readonly Rows[], line: number): Rows | null {
  let best: Rows | null = null;
  for (const l of lists) if (l.line > line && (best === null || l.line < best.line)) best = l;
  return best !== null && best.line - line <= MAX_LINES_ABOVE ? best : null;
}

/** Whether the sentence closes with a count ("… till fyra föreningar:"), as list-count.ts reads it. */
function closesWithCount(text: string): boolean {
  const word = countPhrase(text.trim())?.[2]?.toLowerCase();
  return word !== undefined && (/^\d+$/.test(word) || parseNumberWord(word) !== null);
}

export function checkCountedRows(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  const bySentence = amountsBySentence(doc, isPlainMoney);
  const lists = [...tableRows(doc), ...proseListRows(doc, bySentence)];
  if (lists.length === 0) return out;
  // A count that closes a list's lead-in is list-count.ts's to check.
  const leads = new Set(leadLists(doc).map((l) => l.lead));
  for (const [k, amounts] of bySentence) {
    const s = doc.sentences[k];
    if (leads.has(k) && s && closesWithCount(s.text)) continue;
    const line = s?.location.line;
    if (!s || line === undefined || s.role === 'list-item' || NOT_ALL.test(s.text) || mentionsApplying(s.text)) continue;
    const counts = recipientCounts(s.text).filter((c) => c.count >= 2 && !LOOSE_BEFORE.test(s.text.slice(Math.max(0, c.index - 14), c.index)));
    if (counts.length === 0) continue;
    const list = listBelow(lists, line);
    if (!list) continue;
    // The amount that the rows make ties the sentence to the list.
    const stated = amounts.find((a) => compareFigures(list.figure, { value: a.value, precision: a.precision }).verdict !== 'mismatch');
    if (!stated) continue;
    const rows = list.rows;
    const sum = counts.reduce((n, c) => n + c.count, 0);
    if (rows < 2 || sum === rows || counts.some((c) => c.count === rows)) continue;
    const phrase = counts.map((c) => c.phrase).join(', ');
    out.push({
      severity: 'warning',
      message: t('text.countedRows', { phrase, count: String(sum), rows: String(rows), stated: stated.raw }),
      location: locatePhrase(doc, s, counts[0]!.phrase),
      related: [{ message: t('text.listCount.list'), location: list.location }],
      expected: String(sum),
      actual: String(rows),
    });
  }
  return out;
}
