import type { Row, Table } from '../model/table.js';
import type { SumCheck } from './structures.js';
import { t } from '../messages/index.js';

/**
 * Key-figure tables of municipal companies and statistics pages name each row's measure in its
 * label: "Bostäder antal", "Lokalyta m2", "Hyra kr/m2", "Soliditet %". A sum row names its
 * measure too ("Summa yta, m2") and sums only the rows of that measure; the rows of another
 * measure above it (counts above areas) are not its parts. A check over rows of several measures
 * is therefore no certain reading, and the rows of the sum's own measure are a structure to try.
 */
export type LabelMeasure = 'price' | 'percent' | 'area' | 'count';

const PRICE = /\b(?:kr|kronor|tkr|sek)\s*(?:\/|per\b)/i;
/** Percent as the row's unit, at the end of its label ("Soliditet, %", "Andel i procent"); not a share named inside it ("Hemlöshet (75 %)"). */
const PERCENT = /(?:^|[^\d\s])\s*\(?(?:%|procent)\)?$/i;
// "yta" ends the word ("Bostadsyta", "Lokalyta"): matched from its end, with nothing before it to backtrack over.
const AREA = /(?<![\p{L}\d_])(?:m2|m²|kvm|kvadratmeter)(?![\p{L}\d_])|yta(?![\p{L}\d_])/iu;
// "st" as a word of its own: \b would also see one inside "Väst" or "Öst", after a letter \b does not know.
const COUNT = /\bantal\b|(?:^|[\s,(])st\.?$/i;

export function labelMeasure(label: string): LabelMeasure | null {
  if (PRICE.test(label)) return 'price';
  if (PERCENT.test(label)) return 'percent';
  if (AREA.test(label)) return 'area';
  if (COUNT.test(label)) return 'count';
  return null;
}

const hasValue = (r: Row, col: number): boolean => r.cells[col]?.value != null;

/** The measures a check's rows name, when they name more than one (a row naming none is left out). */
function measures(check: SumCheck, col: number): Set<LabelMeasure> {
  const found = new Set<LabelMeasure>();
  for (const r of [check.stated, ...check.parts.filter((p) => hasValue(p.row, col)).map((p) => p.row)]) {
    const m = labelMeasure(r.label);
    if (m) found.add(m);
  }
  return found;
}

/** Doubts for checks whose rows name different measures: "the rows name different measures (antal, m²)". */
export function mixedMeasureDoubts(checks: readonly SumCheck[], col: number): string[] {
  return checks.some((c) => measures(c, col).size > 1) ? [t('structure.doubtMixedMeasures')] : [];
}

/**
 * A row whose label names a measure ("Lägenheter, antal", a label cut off at "… inom st") among
 * rows that name none, under a sum that names none: the row is read outside the table's unit,
 * yet summed with the others. Either it is no part of the sum or its label was misread; the
 * sum is no certain reading either way.
 */
export function otherMeasureDoubts(checks: readonly SumCheck[], col: number): string[] {
  for (const c of checks) {
    if (labelMeasure(c.stated.label) !== null) continue;
    const rows = c.parts.filter((p) => hasValue(p.row, col)).map((p) => p.row);
    const named = rows.find((r) => labelMeasure(r.label) !== null);
    if (named && rows.some((r) => labelMeasure(r.label) === null)) return [t('structure.doubtOtherMeasure', { label: named.label })];
  }
  return [];
}

/**
 * A check whose rows name a rate ("Soliditet, %", "Hyra, kr/m2") beside rows that name an amount's
 * scale or a count ("Finansnetto, miljoner kronor", "Antal invånare"): a key-figure table (a
 * five-year summary, "Finansiella nyckeltal") lists them one under the other, and no rate is a part
 * or a sum of amounts. Such a check is no reading at all, not a doubtful one, unless two rows or
 * more name the sum's own measure or scale ("Summa intäkter, mnkr" under "Skatteintäkter, mnkr").
 */
export function ratesAmongAmounts(check: SumCheck, col: number): boolean {
  const rows = [check.stated, ...check.parts.filter((p) => hasValue(p.row, col)).map((p) => p.row)];
  const rate = rows.some((r) => {
    const m = labelMeasure(r.label);
    return m === 'percent' || m === 'price';
  });
  if (!rate || !rows.some((r) => labelScale(r.label) !== null || labelMeasure(r.label) === 'count')) return false;
  // Unless two rows or more above name the sum's own measure or scale: those may be its parts, and the check stays (a doubtful one).
  const own = (r: Row): string | null => labelMeasure(r.label) ?? (labelScale(r.label) !== null ? `scale ${labelScale(r.label)}` : null);
  const stated = own(check.stated);
  return stated === null || rows.slice(1).filter((r) => own(r) === stated).length < 2;
}

/** For each sum row that names its measure, the rows above it (since the previous sum) that name the same measure. */
export function sameMeasureChecks(table: Table, col: number): SumCheck[] {
  const out: SumCheck[] = [];
  let since: Row[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'total' && row.kind !== 'subtotal') {
      if (row.kind === 'data') since.push(row);
      continue;
    }
    const own = labelMeasure(row.label);
    const parts = own ? since.filter((r) => labelMeasure(r.label) === own) : [];
    if (own && parts.length >= 2 && parts.length < since.length) out.push({ stated: row, parts: parts.map((r) => ({ row: r, sign: 1 })), structure: 'same-measure' });
    since = [];
  }
  return out;
}

/** A scale word in a label ("Lägenhetsyta 1000-tal kvm", "Omsättning, mnkr"): the row states its own scale. */
const SCALE_WORD = /\b(?:1[ \u00a0]?000-tal|tusental|tusen|miljoner|miljarder|tkr|kkr|mkr|mnkr|mdkr|mdr)\b/i;

/**
 * A row of a table in thousands or millions of kronor whose label names another measure
 * ("Soliditet, %", "Driftnetto, kr/kvm", "Antal lägenheter", "Bostadsyta m2") is not in the
 * table's scale: a company's five-year summary prints its key figures under the same "Mkr".
 */
export function labelLeavesScale(label: string): boolean {
  return labelMeasure(label) !== null && !SCALE_WORD.test(label);
}

/**
 * The money scale a row's label closes with ("Balansomslutning, mnkr", "Ackumulerat utfall,
 * mnkr", "Intäkter (tkr)", "Anslag, miljoner kronor"), or null. Key-figure tables whose columns
 * are dates or categories state each row's unit so, and the row is in that unit.
 */
// The unit is matched at the end alone and what stands before it checked apart: no run of spaces to backtrack over.
// "kkr" (kilokronor) is thousands too, as some companies write it.
const LABEL_SCALE = /(tkr|kkr|mnkr|mkr|mdkr|tusen kronor|tusental kronor|miljoner kronor|miljarder kronor)\)?$/i;
const SCALES: Record<string, number> = { tkr: 1e3, kkr: 1e3, 'tusen kronor': 1e3, 'tusental kronor': 1e3, mnkr: 1e6, mkr: 1e6, 'miljoner kronor': 1e6, mdkr: 1e9, 'miljarder kronor': 1e9 };

export function labelScale(label: string): number | null {
  const t = label.trim();
  const m = LABEL_SCALE.exec(t);
  if (!m || !/[,(\s]$/.test(t.slice(0, m.index))) return null;
  return SCALES[m[1]!.toLowerCase()] ?? null;
}
