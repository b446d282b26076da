/**
 * A company's statement pasted one cell a line puts its header's lower row last: the periods'
 * titles first, then the stub's unit title and the note column's title.
 *
 *   2020-01-01 - 2020-12-31
 *   2019-01-01 - 2019-12-31
 *   BELOPP I TKR            ← the labels' title: it names their unit
 *   Not                     ← the note column, empty on every row here
 *   Rörelsens intäkter      ← a heading, then the rows
 *
 * On the page the unit and "Not" stood left of the periods. Read one title a column, they took
 * columns of their own, the unit scaled one column only and every heading under them was read as
 * a title. The unit heads the labels; the note column stays only where the rows fill it.
 */

/** The label column's title that only names the unit: "Belopp i mnkr", "Tkr", "(mnkr)", "Belopp, tkr". */
export const STUB_UNIT = /^(?:belopp,?\s(?:i\s)?)?\(?(?:mnkr|mkr|mdkr|tkr|kr|kronor|msek|ksek)\)?$/i;
const NOTE_TITLE = /^not(?:er)?\.?$/i;
/** A value column's title naming its year or period ("2020", "2020-12-31", "2020-01-01 - 2020-12-31", "Utfall 2019"). */
const PERIOD_TITLE = /(?:19|20)\d{2}\b/;
/** Headings in a row that a statement nests above a row ("TILLGÅNGAR" / "Anläggningstillgångar" / "Immateriella …"). */
export const MAX_HEADINGS = 3;

export const isNoteTitle = (text: string): boolean => NOTE_TITLE.test(text.trim());

/** A title of this header, never a heading over rows: the note column's, a unit's, a period's. */
export const isStubOrPeriodTitle = (text: string): boolean => isNoteTitle(text) || STUB_UNIT.test(text.trim()) || PERIOD_TITLE.test(text);

/**
 * The header's titles over k columns, the label column's first, when the units above the rows are
 * period titles (two or more) and then the stub's unit title and maybe "Not"; `from` says which
 * unit each came from. Null for any other header.
 */
export function stubTitlesAfter(texts: readonly string[], k: number): { texts: string[]; from: number[] } | null {
  const t = texts.map((x) => x.trim());
  const noteLast = t.length > 0 && NOTE_TITLE.test(t[t.length - 1]!);
  const unitAt = t.length - 1 - (noteLast ? 1 : 0);
  if (unitAt < 2 || !STUB_UNIT.test(t[unitAt]!) || !t.slice(0, unitAt).every((x) => PERIOD_TITLE.test(x) && !STUB_UNIT.test(x))) return null;
  const values = t.slice(0, unitAt);
  const from = values.map((_, i) => i);
  if (values.length === k - 1) return { texts: [t[unitAt]!, ...values], from: [unitAt, ...from] };
  if (noteLast && values.length === k - 2) return { texts: [t[unitAt]!, t[t.length - 1]!, ...values], from: [unitAt, t.length - 1, ...from] };
  return null;
}

/** Whether the texts above the rows end so: two period titles, the stub's unit title and, maybe, the note column's. */
export function stubTitlesEnd(texts: readonly string[]): boolean {
  let j = texts.length - 1;
  if (j >= 0 && NOTE_TITLE.test(texts[j]!.trim())) j--;
  if (j < 2 || !STUB_UNIT.test(texts[j]!.trim())) return false;
  return [texts[j - 1]!, texts[j - 2]!].every((x) => PERIOD_TITLE.test(x) && !STUB_UNIT.test(x.trim()));
}
