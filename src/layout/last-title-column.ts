/**
 * A header wrapped one word a line over rows set apart by wide gaps (a change in equity:
 * "Balanserat" / "kapital" / "Resultat-" / "utjämnings-" / "reserv" / "Totalt"): its last title, a
 * single line right above the rows, may be a heading over them ("Skolnämnd") or the last column's
 * title ("Totalt", "Summa"). The rows say which: where the first row's values can only be as many
 * as the titles with the last one, and never one fewer, the last line titles a column
 * (stacked-header.ts).
 */
export function lastTitleIsColumn(titles: number, range: { min: number; max: number } | null): boolean {
  return range !== null && range.min === titles && range.max === titles;
}

/**
 * How many values a row sets apart by wide gaps (two spaces or more) after its label, or null when
 * it has no such gap or a part after the label is no value: "Ingående balans   700 000    50 000
 * 750 000" holds three, whatever its digit groups would allow.
 */
export function gappedValueCount(raw: string, looksValue: (text: string) => boolean): { min: number; max: number } | null {
  const parts = raw.trim().split(/ {2,}|\t/);
  if (parts.length < 3 || !/\p{L}/u.test(parts[0]!)) return null;
  const values = parts.slice(1);
  return values.every((v) => looksValue(v)) ? { min: values.length, max: values.length } : null;
}
