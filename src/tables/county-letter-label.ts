import { COUNTY_LETTERS } from '../regions/county-letters.js';

/**
 * A county's letter set in the label's cell of a text table whose columns single spaces set apart:
 * under "Län Projekt/objekt", the rows "AB  Tyresö trädgårdsmästarbostad" and "Z   Stormskadade
 * fornlämningar" hold the county letter (AB, Z) and the item's name. Under a label title that opens
 * with "Län" and goes on with the items' title, a county letter (one of the 21, COUNTY_LETTERS) that
 * opens the label, followed by a name that opens with a capital, is the row's code, and the rest its
 * label. Rows printed without a letter (the county's further items) keep their label.
 */
const COUNTY_TITLE = /^län$/i;
const LETTER_THEN_NAME = /^([A-Z]{1,2})\s+(?=\p{Lu})/u;

export function countyLetterLabel(labelHeader: string, label: string): { code: string; label: string } | null {
  const words = labelHeader.trim().split(/\s+/);
  if (words.length < 2 || !COUNTY_TITLE.test(words[0]!)) return null;
  const m = LETTER_THEN_NAME.exec(label);
  if (!m || !Object.hasOwn(COUNTY_LETTERS, m[1]!)) return null;
  return { code: m[1]!, label: label.slice(m[0].length) };
}
