import { Decimal } from 'decimal.js';
import type { Figure } from '../../compare/interval.js';
import { compareFigures } from '../../compare/interval.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import type { Row, Table } from '../../model/table.js';
import type { Location } from '../../model/location.js';
import { cellDoubts, misgroupedCells } from '../../tables/column-reading.js';
import { couldExplain, type Misgrouped } from '../../compare/misgrouped.js';
import { amountDoubts } from '../support/amount-doubts.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { LINK } from '../../lexicon/money-verbs.js';
import { referencedTables } from '../support/table-reference.js';
import { countedTables, regionTablesNamed } from '../support/recipient-count.js';
import { t } from '../../messages/index.js';
import { captionTable, isPlainMoney, MIN_AMOUNT, tableTotals, type TableTotal } from '../support/table-totals.js';
import { moneyWithin, totalSentence } from '../support/list-sum.js';
import { isAppliedFor } from '../support/applied-for.js';
import { notTotals } from '../support/other-year-or-applied.js';
import { copyCutAfter } from '../support/cut-after.js';

/**
 * An amount that states what a table adds up to must equal the table's total: the amount in
 * the table's caption ("Fördelning av 3 000 000 000 kronor"), or a sentence that pays out or
 * distributes money by the table ("betala ut 2 466 000 000 kronor till regionerna i enlighet
 * med bilaga 1"). Prose often names other sums near a table (the whole frame, a part already
 * paid), so a sentence is read as a claim about a table only when it links the two and the
 * amount lies close to that table's total: within 10 % when it names the table, within 2 %
 * when only its verb links it. An amount that matches some other cell is about that cell.
 */
const NAMED_REACH = new Decimal('0.10');
const VERB_REACH = new Decimal('0.02');
/** A sentence that names the regions as a whole, beside the one region table: a slip in one region's amount, not another sum. */
const REGIONS_REACH = new Decimal('0.05');
/**
 * A page's lead that counts a list's recipients or names the regions as a whole, with one amount,
 * beside the one list of one money column (or such a sentence right before the list's lead-in,
 * "… till fyra regioner. Så här fördelas pengarna:"): its amount is that list's total even when a slip (an
 * item left out, a misprinted digit) puts it beyond a named table's reach, up to this far. A
 * reading, so at most a warning that says how far.
 */
const COUNTED_REACH = new Decimal('0.25');
/**
 * The same sentence calling its amount the whole ("Sammanlagt får regionerna …", "Totalt 3,2
 * miljarder kronor går till regionerna"): a claim of the table's total, so as far as a named table.
 */
const WHOLE_WORD = /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|sammanlagda|totala|allt som allt|i alla)(?![\p{L}])/iu;

/** Words that make an amount a part of some whole, not a table's total: "Resterande medel", "ytterligare 40 miljoner". */
const PART_WORD = /(?<![\p{L}])(?:resterande|återstående|kvarvarande|resten|ytterligare|övriga|tidigare)(?![\p{L}])/iu;

function closest(a: ProseAmount, totals: readonly TableTotal[]): TableTotal | null {
  let best: TableTotal | null = null;
  for (const t of totals) {
    if (best === null || t.figure.value.minus(a.value).abs().lt(best.figure.value.minus(a.value).abs())) best = t;
  }
  return best;
}

/** Whether the amount is, within rounding, the value of some cell: then it speaks of that cell. */
function matchesCell(a: ProseAmount, tables: readonly Table[]): boolean {
  const stated: Figure = { value: a.value, precision: a.precision };
  return tables.some((t) =>
    t.rows.some((r) => r.cells.some((c) => c.value !== null && compareFigures({ value: c.value, precision: c.precision }, stated).verdict !== 'mismatch')),
  );
}

/** What makes the table's side of the comparison uncertain: blank cells summed, a unit the table does not state. */
function tableDoubts(total: TableTotal): string[] {
  const out = cellDoubts(summedRows(total), total.column);
  if (total.table.columns[total.column]!.unitGuessed) out.push(t('text.tableTotal.noUnit'));
  return out;
}

/** The rows the table's side of the comparison stands on: the summed data rows, and the total row when printed. */
function summedRows(total: TableTotal): Row[] {
  const rows = total.source === 'sum' ? total.table.rows.filter((r) => r.kind === 'data') : [];
  const stated = total.table.rows.find((r) => r.cells[total.column]?.location === total.location);
  return stated ? [...rows, stated] : rows;
}

/** The table's summed cells printed with digit groups of the wrong width. */
function tableMisgrouped(total: TableTotal): Misgrouped[] {
  return misgroupedCells(summedRows(total), total.column);
}

const SCALES: [number, 'scale.thousands' | 'scale.millions' | 'scale.billions'][] = [
  [1e3, 'scale.thousands'],
  [1e6, 'scale.millions'],
  [1e9, 'scale.billions'],
];

/**
 * "Till regionerna avsätts 1 357 000 000 utifrån …": a whole number of at least a million with
 * no unit, in a sentence that distributes money, is an amount of kronor, but only probably:
 * a finding over it is at most a warning that says so.
 */
const BARE_MIN = 1_000_000;

function isBareMoney(a: ProseAmount): boolean {
  return a.unit === null && a.qualifier === 'exact' && a.change === undefined && a.scale === 1 && a.value.isInteger() && a.value.abs().gte(BARE_MIN) && a.value.abs().gte(MIN_AMOUNT);
}

function finding(doc: Document, a: ProseAmount, total: TableTotal, where: 'rubriken' | 'texten', linkDoubts: string[] = []): RuleFinding | null {
  const c = compareFigures(total.figure, { value: a.value, precision: a.precision });
  if (c.verdict === 'exact') return null;
  const money = total.table.columns.filter((col) => col.unit === 'SEK').length;
  const header = total.table.columns[total.column]!.header.join(' / ');
  const column = money > 1 && header ? t('table.inColumn', { header }) : '';
  const side =
    total.source === 'row'
      ? t('text.tableTotal.row', { computed: figureText(c.computed, 'SEK') })
      : t('text.tableTotal.rows', { rows: String(total.rows), computed: figureText(c.computed, 'SEK') });
  const doubts = c.verdict === 'mismatch' ? tableDoubts(total) : [];
  if (c.verdict === 'mismatch' && a.unit === null) doubts.push(t('doubt.textNoUnit', { raw: a.raw }));
  // A copy cut inside the table may lack rows: a sum of the rows read that falls short says nothing of the page.
  if (c.verdict === 'mismatch' && c.computed.lt(c.stated) && copyCutAfter(doc, total.table)) doubts.push(t('doubt.copyCut'));
  if (c.verdict === 'mismatch') doubts.push(...linkDoubts, ...amountDoubts([a], c.difference), ...tableMisgrouped(total).filter((m) => couldExplain(m.value, c.difference)).map((m) => m.doubt));
  const col = total.table.columns[total.column]!;
  // A table that does not state its unit may be in thousands or millions: then the text's amount is the same figure.
  const rescaled =
    c.verdict === 'mismatch' && col.unitGuessed && col.scale === 1
      ? SCALES.find(([k]) => compareFigures({ value: total.figure.value.times(k), precision: total.figure.precision.times(k).plus(k / 2) }, { value: a.value, precision: a.precision }).verdict !== 'mismatch')
      : undefined;
  const suffix =
    c.verdict === 'within-rounding'
      ? t('sum.withinRounding')
      : rescaled
        ? t('text.tableTotal.rescaled', { scale: t(rescaled[1]) })
        : doubts.length > 0
          ? t('sum.uncertain', { doubts: doubts.join('; ') })
          : '';
  return {
    severity: c.verdict !== 'mismatch' || rescaled ? 'info' : doubts.length > 0 ? 'warning' : 'error',
    message: t('text.tableTotal', { where: where === 'rubriken' ? t('text.caption') : t('text.prose'), stated: figureText(c.stated, 'SEK'), side, column, difference: differenceText(c.difference, c.slack, 'SEK') }) + suffix,
    location: a.location,
    related: [{ message: total.source === 'row' ? t('text.tableTotalRow') : t('text.theTable'), location: total.location }],
    expected: c.stated.toFixed(),
    actual: c.computed.toFixed(),
  };
}

/**
 * The lead of a page: its headings and first paragraph, above every table. What a press release
 * or news page claims there is its message, most often the total of the table further down;
 * amounts later in a text are as often frames, parts or other years.
 */
function inLead(doc: Document, a: ProseAmount): boolean {
  const first = doc.sentences.find((s) => s.role === 'paragraph');
  const sentence = doc.sentences[a.sentence];
  if (!first || !sentence || sentence.block > first.block) return false;
  const line = a.location.line ?? 0;
  return doc.tables.every((t) => (t.location.line ?? 0) > line);
}

/** How far the text's amount lies from the table's total, in whole per cent of the total ("4"). */
function percentOff(a: ProseAmount, total: TableTotal): string {
  return total.figure.value.minus(a.value).abs().div(total.figure.value.abs()).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed();
}

function near(a: ProseAmount, total: TableTotal, reach: Decimal): boolean {
  const t = total.figure.value.abs();
  return !t.isZero() && total.figure.value.minus(a.value).abs().div(t).lte(reach);
}

/** One money column: a list of what each recipient gets, not a decision's table of parts and wholes. */
const oneMoneyColumn = (table: Table): boolean => table.columns.filter((c) => c.unit === 'SEK').length === 1;

/**
 * Whether an amount a sentence ties to a list by its count of recipients, or by naming the
 * regions, is that list's total though beyond a named table's reach: within COUNTED_REACH, the
 * list of one money column, no word making it a part ("resterande", "ytterligare"), and no cell
 * of any table that it equals.
 */
function countedFar(a: ProseAmount, total: TableTotal, tables: readonly Table[]): boolean {
  return near(a, total, COUNTED_REACH) && oneMoneyColumn(total.table) && !PART_WORD.test(a.context) && !matchesCell(a, tables);
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const NEGATED = /(?<![\p{L}])(?:inte|ej|aldrig|icke)(?![\p{L}])/iu;

/**
 * A table opened by a lead-in that names no amount ("Så här fördelas pengarna:", "Fördelningen
 * ser ut så här:") shares out the amount of the sentence just before it, when that sentence
 * calls it a total ("totalt", "omfattar") or the lead-in names the money ("pengarna", "medlen"),
 * as for a bulleted list (list-sum.ts). That the table is the whole of that amount is a reading:
 * a mismatch within the reach of a named table warns, never errs.
 */
function leadInWholes(doc: Document, all: readonly TableTotal[], reported: ReadonlySet<string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const table of doc.tables) {
    const caption = table.caption;
    if (caption === null || !/:\s*$/.test(caption) || !table.captionLocation) continue;
    const line = table.captionLocation.line;
    const lead = doc.sentences.findIndex((s) => s.location.line === line && squash(caption).endsWith(squash(s.text)) && /:\s*$/.test(s.text));
    if (lead < 0 || doc.amounts.some((a) => a.sentence === lead)) continue;
    const found = totalSentence(doc, lead);
    if (!found || (!found.loose && NEGATED.test(doc.sentences[found.index]!.text))) continue;
    // Another table between that sentence and the lead-in ("… 52 miljoner kronor i år." / table / "Och förra året:") is what the sentence speaks of.
    if (tableBetween(doc, table, doc.sentences[found.index]!.location, doc.sentences[lead]!.location)) continue;
    const amounts = doc.amounts.filter((a) => a.sentence === found.index && a.unit !== null);
    if (amounts.length !== 1 || !isPlainMoney(amounts[0]!)) continue;
    const a = amounts[0]!;
    if (reported.has(key(a)) || notTotals(doc, [a]).length === 0) continue;
    const total = closest(a, all.filter((x) => x.table === table));
    if (!total) continue;
    // Beyond a named table's reach only when the sentence also counts the list's recipients, names the regions,
    // or calls its amount the whole ("Satsningen omfattar sammanlagt 130 miljoner kronor."), as a lead does (countedFar).
    const counted = countedTables(a.context, [table]) !== null || regionTablesNamed(a.context, [table]) !== null;
    const whole = !found.loose && WHOLE_WORD.test(doc.sentences[found.index]!.text);
    const far = !near(a, total, NAMED_REACH);
    const word = moneyWithin(doc.sentences[lead]!.text);
    // The sentence right before a lead-in that shares out "pengarna" or "medlen", calling its amount the
    // whole ("Totalt fördelas 6,9 miljarder kronor. Så här fördelas pengarna:"): the money the lead-in
    // speaks of, however far off the table's sum is (a warning that says how far).
    const tied = whole && word !== null && found.index === lead - 1;
    if (far && !tied && !((counted || whole) && countedFar(a, total, doc.tables))) continue;
    const doubts = [word ? t('text.listSum.moneyWithin', { word }) : t('text.tableTotal.leadIn')];
    if (far) doubts.push(t('text.tableTotal.countedFar', { percent: percentOff(a, total) }));
    const f = finding(doc, a, total, 'texten', doubts);
    if (f) out.push(f.severity === 'error' ? { ...f, severity: 'warning' } : f);
  }
  return out;
}

/**
 * Whether a sentence stands after a table's last row: on a later line, or on the row's own line
 * after its last cell, as a sentence run on after an inline list (inline-region-list.ts `tail`).
 */
function after(at: Location, last: Row): boolean {
  const line = at.line ?? -1;
  const end = last.location.line!;
  if (line !== end) return line > end;
  const close = Math.max(...last.cells.map((c) => (c.location.line === end ? c.location.endColumn ?? c.location.column ?? Infinity : Infinity)));
  return at.column !== undefined && at.column > close;
}

/** Whether a table other than `table` stands between the two places of one file (by line). */
function tableBetween(doc: Document, table: Table, from: Location, to: Location): boolean {
  if (from.line === undefined || to.line === undefined || from.file !== to.file) return false;
  return doc.tables.some((t) => t !== table && t.location.file === from.file && t.location.line !== undefined && t.location.line > from.line! && t.location.line < to.line!);
}

/** A sentence that opens by calling its amount the whole: "Sammanlagt blir det 656 073 tkr.", "Totalt får de 2,4 miljoner kronor." */
const OPENS_WHOLE = /^(?:totalt|sammanlagt|sammantaget|tillsammans|allt som allt)(?![\p{L}])/iu;
/** Lines from a list's last row to its closing sentence: one blank line between. */
const CLOSING_GAP = 2;

/**
 * A list or table with no total row, closed by the paragraph right after it that opens with a
 * whole word and states one amount ("Sammanlagt blir det 656 073 tkr."): that amount is the
 * list's total, as for a bulleted list (total-after-list.ts). That it is the whole of these rows
 * is read from where it stands, and the text may count more recipients, so a mismatch warns,
 * within a named table's reach or, a slip in one row, up to COUNTED_REACH.
 */
function closingWholes(doc: Document, all: readonly TableTotal[], reported: ReadonlySet<string>): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const table of doc.tables) {
    if (table.rows.some((r) => r.kind === 'total' || r.kind === 'subtotal')) continue;
    const last = table.rows[table.rows.length - 1];
    const end = last?.location.line;
    if (end === undefined) continue;
    // Sentences stand in the order of the text: the first below the last row is the one after the table.
    const k = doc.sentences.findIndex((x) => x.location.file === last!.location.file && after(x.location, last!));
    const s = doc.sentences[k];
    if (!s || s.role !== 'paragraph' || s.location.line! - end > CLOSING_GAP || !OPENS_WHOLE.test(s.text.trimStart())) continue;
    const amounts = doc.amounts.filter((a) => a.sentence === k);
    if (amounts.length !== 1 || !isPlainMoney(amounts[0]!) || PART_WORD.test(s.text)) continue;
    const a = amounts[0]!;
    if (reported.has(key(a))) continue;
    const total = closest(a, all.filter((x) => x.table === table));
    if (!total) continue;
    const far = !near(a, total, NAMED_REACH);
    // A list read from prose only (items run on in a sentence) is checked as text/sum checks the same
    // items in bullets: the sentence after closes it, whatever the difference; it warns all the same.
    const proseList = table.kind === 'list' && !table.alsoProse;
    if (far && !proseList && !countedFar(a, total, doc.tables)) continue;
    const doubts = [t('doubt.totalAfterList')];
    if (far && !proseList) doubts.push(t('text.tableTotal.countedFar', { percent: percentOff(a, total) }));
    const f = finding(doc, a, total, 'texten', doubts);
    if (f) out.push(f.severity === 'error' ? { ...f, severity: 'warning' } : f);
  }
  return out;
}

const key = (a: ProseAmount): string => `${a.location.file}:${a.location.line ?? ''}:${a.location.column ?? ''}:${a.raw}`;

export function checkTableTotals(doc: Document): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (doc.tables.length === 0) return out;
  const all = doc.tables.flatMap(tableTotals);
  if (all.length === 0) return out;
  const bySentence = new Map<number, ProseAmount[]>();
  for (const a of doc.amounts) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);

  // Captions: the amount nearest the table's total is its statement of the total.
  for (const table of doc.tables) {
    const own = all.filter((t) => t.table === table);
    const inCaption = doc.amounts.filter((a) => isPlainMoney(a) && captionTable(doc, a) === table);
    // Money applied for ("Totalt söktes 40 miljoner kronor av följande:") is no total of grants; when it is the caption's only amount, a mismatch is a reading (applied-for.ts).
    const grantedInCaption = inCaption.filter((a) => !isAppliedFor(doc, a));
    const stated = grantedInCaption.length > 0 ? grantedInCaption : inCaption;
    let best: { a: ProseAmount; t: TableTotal } | null = null;
    for (const a of stated) {
      const t = closest(a, own);
      if (t && (!best || t.figure.value.minus(a.value).abs().lt(best.t.figure.value.minus(best.a.value).abs()))) best = { a, t };
    }
    // An applied-for sum far from the list's total speaks of the applications, not of the list.
    if (best && grantedInCaption.length === 0 && !near(best.a, best.t, NAMED_REACH)) best = null;
    if (best) {
      const applied = grantedInCaption.length === 0;
      // A lead-in sentence as caption ("Av de 500 miljoner kronor fördelas … enligt följande:", "… enligt nedan.") may name the frame the
      // table is taken from: an amount beyond a named table's reach is its total only as a reading.
      const leadIn = /[:.]\s*$/.test(table.caption ?? '');
      const farLead = leadIn && !near(best.a, best.t, NAMED_REACH);
      // A lead-in naming several sums ("30 miljoner kronor, varav 2 miljoner till SKR, fördelas enligt följande:"): which is the table's is a reading.
      const several = leadIn && new Set(stated.map((a) => a.value.toString())).size > 1;
      const doubts = [
        ...(applied ? [t('text.tableTotal.appliedFor', { raw: best.a.raw })] : []),
        ...(farLead ? [t('text.tableTotal.countedFar', { percent: percentOff(best.a, best.t) })] : []),
        ...(several ? [t('text.tableTotal.severalInLead', { raw: best.a.raw })] : []),
      ];
      const f = finding(doc, best.a, best.t, 'rubriken', doubts);
      if (f) out.push((applied || farLead || several) && f.severity === 'error' ? { ...f, severity: 'warning' } : f);
    }
  }

  const reported = new Set<string>();
  for (const [, amounts] of bySentence) {
    // Money applied for, or last year's in a sentence about it alone, is no total of the table (other-year-or-applied.ts).
    const money = notTotals(doc, amounts.filter((a) => isPlainMoney(a) || isBareMoney(a)));
    // A sentence that counts a table's recipients ("till åtta kommuner och två regioner") points at it (recipient-count.ts).
    const counted = money.length > 0 ? countedTables(money[0]!.context, doc.tables) : null;
    // A sentence that names the regions as a whole points at the one region table (recipient-count.ts).
    const regions = money.length > 0 && !counted ? regionTablesNamed(money[0]!.context, doc.tables) : null;
    const verb = money.length > 0 && LINK.test(money[0]!.context);
    if (money.length === 0 || captionTable(doc, money[0]!) !== null || (!verb && !counted && !regions)) continue;
    money.forEach((a, i) => {
      const referenced = referencedTables(money, i, doc.tables);
      let named = referenced ?? counted;
      let linkDoubts = referenced ? [] : counted ? [t('text.tableTotal.counted', { rows: String(counted[0]!.rows.filter((r) => r.kind === 'data').length) })] : [];
      let candidates = named ? all.filter((t) => named!.includes(t.table)) : all;
      let total = closest(a, candidates);
      const unnamed = named === null;
      // A sentence that names no table speaks of one only when a single table's total lies that close.
      let linked = (named !== null || verb) && total !== null && near(a, total, named ? NAMED_REACH : VERB_REACH) && (named !== null || new Set(candidates.filter((t) => near(a, t, VERB_REACH)).map((t) => t.table)).size === 1);
      // Naming the regions as a whole points at the one region table, as a reading and within a narrower reach.
      if (!linked && !named && regions) {
        named = regions;
        linkDoubts = [t('text.tableTotal.regionsNamed')];
        candidates = all.filter((t) => regions.includes(t.table));
        total = closest(a, candidates);
        linked = total !== null && near(a, total, WHOLE_WORD.test(a.context) ? NAMED_REACH : REGIONS_REACH);
      }
      // A verb alone beyond its certain reach but within a named table's: the one table that near is
      // probably meant, unless another amount of the sentence is already its total; a reading, so it warns.
      let widened = false;
      if (!linked && unnamed && verb && !PART_WORD.test(a.context) && inLead(doc, a) && total !== null && near(a, total, NAMED_REACH)) {
        const tables = new Set(all.filter((t) => near(a, t, NAMED_REACH)).map((t) => t.table));
        const other = money.some((b, j) => j !== i && all.some((t) => near(b, t, VERB_REACH)));
        widened = tables.size === 1 && !other && !matchesCell(a, doc.tables);
        if (widened) linkDoubts = [t('text.tableTotal.verbFar', { percent: percentOff(a, total) })];
      }
      // A page's lead that counts the list's recipients, or names the regions as a whole, beyond that reach (countedFar).
      if (!linked && !widened && total !== null && money.length === 1 && (counted !== null || regions !== null) && inLead(doc, a) && countedFar(a, total, doc.tables)) {
        widened = true;
        linkDoubts = [...linkDoubts, t('text.tableTotal.countedFar', { percent: percentOff(a, total) })];
      }
      if ((!linked && !widened) || !total) return;
      const found = finding(doc, a, total, 'texten', linkDoubts);
      if (!found) return;
      const f = widened && found.severity === 'error' ? { ...found, severity: 'warning' as const } : found;
      if (f.severity === 'error' && matchesCell(a, named ?? doc.tables)) return;
      out.push(f);
      reported.add(key(a));
    });
  }
  out.push(...leadInWholes(doc, all, reported), ...closingWholes(doc, all, reported));
  return out;
}

export const tableTotal: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'text/table-total',
    description: 'Belopp i rubrik eller text stämmer med tabellens summa',
    severity: 'error',
    docs:
      'The amount in a table caption ("Fördelning av 3 000 000 000 kronor") must equal the table total: the total row, or the ' +
      'sum of the data rows when the table has none. A sentence that pays out or distributes money by a table (betala ut, ' +
      'fördelas, tilldelas, i enlighet med bilaga N …) must state its total, when the amount is the closest to one of the ' +
      'tables\u2019 totals and within 10 % of it (2 % when the sentence does not name the table); amounts further away, or equal ' +
      'to another cell, speak of something else; but when a page\u2019s lead (its headings and first paragraph, above the tables) pays out an amount within 10 % of one table\u2019s total only, matches no cell and no other amount of it is a total, the mismatch is a warning that says the link is read. A table opened by a lead-in that names no amount ("Så här fördelas pengarna:") shares out the one amount of the sentence before it, when that sentence says "totalt" or the lead-in names the money: a mismatch within 10 % warns. A sentence that counts the table\u2019s recipients ("till åtta kommuner och två regioner" beside a list of ten) names it too, but as a reading: a mismatch over it is at most a warning; such a sentence in the page\u2019s lead or right before a list\u2019s lead-in, with one amount, or one there that names the regions as a whole, beside a list of one money column, or a sentence right before an amount-less lead-in that calls its amount the whole ("totalt", "sammanlagt"), is read as the list\u2019s total up to 25 % from it (an item left out, a misprinted digit), a warning that says how far. ' +
      'A list or table with no total row, closed by the paragraph right after it that opens with a whole word and gives one amount ("Sammanlagt blir det 656 073 tkr."), states its total there: a mismatch warns, up to 25 % from the sum. ' +
      'A copy that ends inside a table of regions (after its last row, one short line without a figure naming a region the rows have not: the next row\u2019s label alone) may lack rows: rows that fall short of the total warn and say so. ' +
      'Rounded figures are compared as intervals; a match within rounding is an info.',
  },
  check: checkTableTotals,
};
