/**
 * Some pages group digits with dots ("202.000", "1.234.567"), as German and older Swedish
 * typesetting does. Whether "2.819" is 2 819 or 2,819 the cell alone does not say; the table
 * does. Dots are read as group separators when the table's dotted numbers have groups of
 * exactly three digits and, but for a few stray cells (at most one in ten), no dotted number has
 * another shape ("12.5", "0.25") and no number has a decimal comma. The reading is certain when
 * some number has two or more dot groups ("1.234.567"), which no decimal point gives; otherwise
 * it is a guess, and its cells say so.
 */
const GROUPED = /^[-−–‑]?\d{1,3}(?:\.\d{3})+$/;
const MULTI = /^[-−–‑]?\d{1,3}(?:\.\d{3}){2,}$/;
/** A percent sign may close the number ("21.87%", "3.5 %"): the point is the decimal sign all the same. */
const DECIMAL_DOT = /^[-−–‑]?\d+\.\d+(?:\s?%)?$/;
const DECIMAL_COMMA = /^[-−–‑]?[\d \u00a0]*\d,\d+(?:\s?%)?$/;
const MIN_GROUPED = 3;

export interface DotReading {
  /** Dots in this table's numbers separate digit groups. */
  groups: boolean;
  /** Some number proves it ("1.234.567"); otherwise the reading is a guess. */
  certain: boolean;
}

export function dotReading(numbers: readonly string[]): DotReading {
  const texts = numbers.map((t) => t.trim()).filter((t) => t !== '');
  const grouped = texts.filter((t) => GROUPED.test(t)).length;
  const other = texts.filter((t) => DECIMAL_DOT.test(t) && !GROUPED.test(t)).length;
  const comma = texts.some((t) => DECIMAL_COMMA.test(t));
  if (grouped < MIN_GROUPED || comma || other > grouped / 10) return { groups: false, certain: false };
  return { groups: true, certain: texts.some((t) => MULTI.test(t)) };
}

/** "1.234.567" → "1 234 567" when the table groups with dots; other text unchanged. */
export function withSpaceGroups(text: string): string {
  const t = text.trim();
  return GROUPED.test(t) ? t.replace(/\./g, ' ') : text;
}

/** A dotted number no digit grouping gives: one, two or four and more decimals, or four and more digits before the dot. */
const POINT_ONLY = /^[-−–‑]?(?:\d+\.(?:\d{1,2}|\d{4,})|\d{4,}\.\d+)(?:\s?%)?$/;

/**
 * The other way round: statistics exports write decimal points ("2974.0", "11118.149"). Dots
 * are read as decimal points when no number has a decimal comma or two dots, and some dotted
 * number has a shape no digit grouping gives. A dotted number of a grouping's shape ("759.187")
 * in such a table is then a decimal too, by the table's own convention; its cell says it was a
 * reading (see `ambiguousPoint`).
 */
export function decimalPoints(numbers: readonly string[]): boolean {
  const texts = numbers.map((t) => t.trim()).filter((t) => t !== '');
  if (texts.some((t) => DECIMAL_COMMA.test(t) || MULTI.test(t))) return false;
  return texts.some((t) => POINT_ONLY.test(t));
}

/** "2974.0" → "2974,0", "21.87%" → "21,87%" in a table of decimal points; other text unchanged. */
export function withDecimalComma(text: string): string {
  const t = text.trim();
  return DECIMAL_DOT.test(t) ? t.replace('.', ',') : text;
}

/** A dotted number that a digit grouping could also give ("759.187"). */
export const ambiguousPoint = (text: string): boolean => GROUPED.test(text.trim());

/** "31,402", "1,204,300": commas setting off groups of three, as English-language tools write them. */
const COMMA_GROUPED = /^[-−–‑]?\d{1,3}(?:,\d{3})+$/;

/**
 * Tables made by sortable-table plugins and exports print numbers in English form: commas between
 * digit groups and a decimal point ("31,402", "6,086", "11.00"). The table is read so when some
 * number has a decimal point of a shape no grouping gives ("11.00", "2974.5"), every number with a
 * comma has commas only between groups of three, and some has one. A lone "31,402" could still be a
 * Swedish decimal, so a cell read by this convention says it was a reading.
 */
export function englishNumbers(numbers: readonly string[]): boolean {
  const texts = numbers.map((t) => t.trim()).filter((t) => t !== '');
  const commas = texts.filter((t) => t.includes(','));
  if (commas.length === 0 || !commas.every((t) => COMMA_GROUPED.test(t))) return false;
  return texts.some((t) => POINT_ONLY.test(t)) && !texts.some((t) => MULTI.test(t));
}

/** "31,402" → "31 402" and "11.00" → "11,00" in a table of English numbers; other text unchanged. */
export function fromEnglish(text: string): string {
  const t = text.trim();
  if (COMMA_GROUPED.test(t)) return t.replace(/,/g, ' ');
  return DECIMAL_DOT.test(t) ? t.replace('.', ',') : text;
}

/** "84.212.50": dots between groups of three and a dot before one or two decimals, as some ledgers print. */
const GROUPED_DOT_DECIMALS = /^[-−–‑]?\d{1,3}(?:\.\d{3})+\.\d{1,2}$/;

/**
 * Ledgers typed by hand or exported from old bookkeeping software print dots both between digit
 * groups and before the öre ("155.974.54", "1.200.00"). Two or more dots with one or two digits
 * after the last give no other reading, so a table with such a number and no decimal comma reads
 * its dots so: the last dot of such a number, or the only dot before one or two digits ("550.00"),
 * is the decimal sign; other dots set off groups. A number of one dot and three digits after it
 * ("1.200") could be either; its cell says it was a reading (`ambiguousPoint`).
 */
export function groupedDotDecimals(numbers: readonly string[]): boolean {
  const texts = numbers.map((t) => t.trim()).filter((t) => t !== '');
  if (texts.some((t) => DECIMAL_COMMA.test(t))) return false;
  return texts.some((t) => GROUPED_DOT_DECIMALS.test(t));
}

/** "155.974.54" → "155 974,54", "550.00" → "550,00", "1.200" → "1 200" in a table of dotted öre; other text unchanged. */
export function fromGroupedDotDecimals(text: string): string {
  const t = text.trim();
  if (GROUPED_DOT_DECIMALS.test(t)) {
    const last = t.lastIndexOf('.');
    return `${t.slice(0, last).replace(/\./g, ' ')},${t.slice(last + 1)}`;
  }
  if (GROUPED.test(t)) return t.replace(/\./g, ' ');
  return DECIMAL_DOT.test(t) ? t.replace('.', ',') : text;
}
