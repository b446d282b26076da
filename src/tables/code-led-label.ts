import { isMunicipalityCodeColumn } from './code-column.js';

/**
 * A code column set in the label's cell: space-aligned rows put the code and the name in one
 * cell ("1000   Höör" under "Kod   Kommun"), since a code beside a name reads as one label
 * there. Under a label title that opens with the title of a column of numeric codes ("Kod",
 * "Konto", "Länskod", "Nr"), a number that opens the label is the row's code and the rest its
 * label; a point may close the number ("1. Skatteintäkter" under "Nr. Intäkter", where the numbers
 * point at notes and may repeat). Under any other title ("Anslag" heads codes such as "1:1") the
 * number is the label's ("12 nya projekt", "1:1 Polismyndigheten").
 */
const NUMERIC_CODE_TITLE = /^(?:(?:läns|kommun|region|konto)?(?:kod|nr|nummer)\.?|konto)$/i;
/**
 * The code, then a name: words, or words after a budget code of the label's own ("6003   2:1 Kriminalvården"),
 * or after a number of the name's own that a word in lower case goes on from ("6017   65 år och äldre").
 */
const LEADING_CODE = /^(\d{1,6})\.?\s+(?=\p{L}|\d{1,3}[:.]\d{1,3}\.?\s+\p{L}|\d{1,3}\s+\p{Ll})/u;

export function codeLedLabel(labelHeader: string, label: string): { code: string; label: string } | null {
  const first = labelHeader.trim().split(/\s+/)[0] ?? '';
  if (!NUMERIC_CODE_TITLE.test(first)) return null;
  const m = LEADING_CODE.exec(label);
  return m ? { code: m[1]!, label: label.slice(m[0].length) } : null;
}

/** Codes read into the labels are municipalities' ("0380 Uppsala" under "Kommunkod Kommun"): the names are then no counties. */
export function ledMunicipalCodes(labelHeader: string, labels: readonly string[]): boolean {
  const codes = labels.map((l) => codeLedLabel(labelHeader, l.replace(/\s+/g, ' ').trim())?.code).filter((c): c is string => c !== undefined);
  return codes.length > 0 && isMunicipalityCodeColumn(labelHeader.trim().split(/\s+/)[0] ?? '', codes);
}
