import { judgeSum } from '../../compare/certainty.js';
import type { Figure } from '../../compare/interval.js';
import type { Document } from '../../model/document.js';
import type { Cell, Column, Table } from '../../model/table.js';
import { cellDoubts, columnReading, misgroupedCells } from '../../tables/column-reading.js';
import { differenceText, figureText } from '../support/figure-text.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { t } from '../../messages/index.js';

/**
 * The population balance that statistics offices, regions and municipalities print in their
 * fact tables, as rows ("Födda", "Döda", "Födelsenetto" …) or as columns:
 *
 *   födelsenetto = födda − döda
 *   flyttnetto   = inflyttade (+ invandrade) − utflyttade (− utvandrade)
 *   folkökning   = födelsenetto + flyttnetto (+ justering)
 *
 * The first two hold by definition, but which rows they join is read from the labels (an
 * "Inflyttade" may count domestic moves only), so every mismatch is a warning that says so;
 * growth without a correction row also names the register's corrections. Labels are matched whole ("Inflyttade från utlandet" is no "Inflyttade"), and a term
 * printed twice in one table makes the rule stay silent on it.
 */
type Term = 'births' | 'deaths' | 'natural' | 'in' | 'out' | 'immigrants' | 'emigrants' | 'net' | 'growth' | 'correction';

const TERMS: readonly [Term, RegExp][] = [
  ['births', /^(?:levande\s+)?födda$/i],
  ['deaths', /^(?:döda|avlidna)$/i],
  ['natural', /^(?:födelsenetto|födelseöverskott|födelseunderskott)$/i],
  ['in', /^(?:inflyttade|inflyttningar|inflyttning)$/i],
  ['out', /^(?:utflyttade|utflyttningar|utflyttning)$/i],
  ['immigrants', /^(?:invandrade|invandring|invandrare)$/i],
  ['emigrants', /^(?:utvandrade|utvandring|utvandrare)$/i],
  ['net', /^(?:nettoflyttning|flyttnetto|flyttningsnetto|flyttningsöverskott|nettoinflyttning)$/i],
  ['growth', /^(?:folkökning|befolkningsökning|befolkningsförändring|folkmängdsförändring)$/i],
  ['correction', /^(?:justering(?:ar|spost)?|korrigering(?:ar)?)$/i],
];

/** A label or header without its footnote marks and a unit in parentheses ("Födda¹", "Döda (antal)"). */
const bare = (s: string): string => s.trim().replace(/(?<!\s)\s*\((?:antal|personer|st)\)$/i, '').replace(/(?<![\s*¹²³⁴⁵⁶⁷⁸⁹⁰])[\s*¹²³⁴⁵⁶⁷⁸⁹⁰]+$/, '');

function termOf(label: string): Term | null {
  const b = bare(label);
  for (const [term, re] of TERMS) if (re.test(b)) return term;
  return null;
}

/** One line of the balance: the cells of one column (terms as rows) or of one row (terms as columns). */
interface Line {
  cell(term: Term): Cell | null;
  name(term: Term): string;
  /** Doubts about the cells of these terms, in words. */
  doubts(terms: readonly Term[]): string[];
  misgrouped(terms: readonly Term[]): ReturnType<typeof misgroupedCells>;
  rounding: ReturnType<typeof columnReading>;
  unit: Column['unit'];
  /** " i kolumnen …" or " på raden …". */
  where: string;
}

interface Relation {
  result: Term;
  parts: [Term, 1 | -1][];
  /** A doubt the relation itself carries (growth without a correction row). */
  doubt?: string;
}

/** The relations this line can check: every term present, each at most once. */
function relations(has: (term: Term) => boolean): Relation[] {
  const out: Relation[] = [];
  if (has('natural') && has('births') && has('deaths')) out.push({ result: 'natural', parts: [['births', 1], ['deaths', -1]] });
  const abroad = has('immigrants') && has('emigrants');
  if (has('net') && has('in') && has('out') && (abroad || (!has('immigrants') && !has('emigrants')))) {
    out.push({ result: 'net', parts: [['in', 1], ...(abroad ? ([['immigrants', 1]] as [Term, 1][]) : []), ['out', -1], ...(abroad ? ([['emigrants', -1]] as [Term, -1][]) : [])] });
  }
  if (has('growth') && has('natural') && has('net')) {
    out.push({
      result: 'growth',
      parts: [['natural', 1], ['net', 1], ...(has('correction') ? ([['correction', 1]] as [Term, 1][]) : [])],
      ...(has('correction') ? {} : { doubt: t('table.populationBalance.corrections') }),
    });
  }
  return out;
}

function figure(c: Cell, sign: 1 | -1): Figure {
  return { value: sign < 0 ? c.value!.negated() : c.value!, precision: c.precision };
}

function check(line: Line): RuleFinding[] {
  const out: RuleFinding[] = [];
  const has = (term: Term): boolean => line.cell(term)?.value != null;
  for (const rel of relations(has)) {
    const stated = line.cell(rel.result)!;
    const terms = [...rel.parts.map(([term]) => term), rel.result];
    const j = judgeSum({
      parts: rel.parts.map(([term, sign]) => figure(line.cell(term)!, sign)),
      stated: { value: stated.value!, precision: stated.precision },
      // Which rows the relation joins is read from their labels, never printed as a sum: a mismatch is a warning that says so.
      doubts: [...line.doubts(terms), t('table.populationBalance.labels'), ...(rel.doubt ? [rel.doubt] : [])],
      misgrouped: line.misgrouped(terms),
      rounding: line.rounding.rounding,
      mayDiffer: line.rounding.mayDiffer,
    });
    if (!j) continue;
    const c = j.comparison;
    const expression = rel.parts.map(([term, sign], k) => `${k === 0 ? (sign < 0 ? '−' : '') : sign < 0 ? ' − ' : ' + '}"${line.name(term)}"`).join('');
    out.push({
      severity: j.severity,
      message:
        t('table.populationBalance', {
          result: line.name(rel.result),
          stated: figureText(c.stated, line.unit),
          expression,
          computed: figureText(c.computed, line.unit),
          difference: differenceText(c.difference, c.slack, line.unit),
          where: line.where,
        }) + j.suffix,
      location: stated.location,
      expected: c.stated.toFixed(),
      actual: c.computed.toFixed(),
    });
  }
  return out;
}

/** Each term's one index among the labels, or nothing for a term printed twice. */
function termIndex(labels: readonly string[]): Map<Term, number> {
  const seen = new Map<Term, number[]>();
  labels.forEach((l, i) => {
    const term = termOf(l);
    if (term) seen.set(term, [...(seen.get(term) ?? []), i]);
  });
  return new Map([...seen].filter(([, at]) => at.length === 1).map(([term, at]) => [term, at[0]!]));
}

const summable = (c: Column | undefined): boolean => c !== undefined && c.unit !== 'percent' && !c.rate;

function findings(doc: Document, table: Table): RuleFinding[] {
  const out: RuleFinding[] = [];
  // Terms as rows: every summable column is a line.
  const byRow = termIndex(table.rows.map((r) => r.label));
  if (byRow.size >= 3) {
    const rowOf = (term: Term) => (byRow.has(term) ? table.rows[byRow.get(term)!]! : null);
    table.columns.forEach((col, k) => {
      if (!summable(col)) return;
      const header = col.header.join(' / ');
      out.push(
        ...check({
          cell: (term) => rowOf(term)?.cells[k] ?? null,
          name: (term) => rowOf(term)!.label.trim(),
          doubts: (terms) => cellDoubts(terms.map((term) => rowOf(term)!), k),
          misgrouped: (terms) => misgroupedCells(terms.map((term) => rowOf(term)!), k),
          rounding: columnReading(doc, table, k),
          unit: col.unit,
          where: header ? t('table.inColumn', { header }) : '',
        }),
      );
    });
  }
  // Terms as columns: every row is a line.
  const byCol = termIndex(table.columns.map((c) => c.header[c.header.length - 1] ?? ''));
  if (byCol.size >= 3 && [...byCol.values()].every((k) => summable(table.columns[k]))) {
    const readings = new Map([...byCol.values()].map((k) => [k, columnReading(doc, table, k)]));
    for (const row of table.rows) {
      const colOf = (term: Term) => byCol.get(term)!;
      const first = readings.get([...byCol.values()][0]!)!;
      out.push(
        ...check({
          cell: (term) => (byCol.has(term) ? row.cells[colOf(term)] ?? null : null),
          name: (term) => table.columns[colOf(term)]!.header.join(' / '),
          doubts: (terms) => terms.flatMap((term) => cellDoubts([row], colOf(term))),
          misgrouped: (terms) => terms.flatMap((term) => misgroupedCells([row], colOf(term))),
          rounding: { rounding: [...readings.values()].flatMap((r) => r.rounding), mayDiffer: first.mayDiffer },
          unit: table.columns[[...byCol.values()][0]!]!.unit,
          where: t('table.populationBalance.onRow', { row: row.label.trim() }),
        }),
      );
    }
  }
  return out;
}

export const populationBalance: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/population-balance',
    description: 'Befolkningsförändringar går ihop: födelsenetto, flyttnetto och folkökning',
    severity: 'warning',
    docs:
      'In a table that prints the population balance as rows or columns (Födda, Döda, Födelsenetto, Inflyttade, Utflyttade, ' +
      'Invandrade, Utvandrade, Nettoflyttning, Folkökning, Justering): the natural increase is births less deaths, net migration ' +
      'is in-movers (and immigrants) less out-movers (and emigrants), and the growth is the two together (with a correction row ' +
      'when printed). Which rows the relations join is read from their labels, so a mismatch is a warning that says so; growth ' +
      'without a correction row also names the register\u2019s corrections. Labels are matched whole.',
  },
  check(doc) {
    return doc.tables.flatMap((table) => findings(doc, table));
  },
};
