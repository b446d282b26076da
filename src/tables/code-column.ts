import { LETTER_CODE } from '../layout/code-cells.js';
import { COUNTY_LETTERS } from '../regions/county-letters.js';
import { matchRegion } from '../regions/index.js';

/**
 * Code columns beyond county codes: appropriation and item codes ("1:1", "1:5", "01.02", "Anslag
 * 1:5") stand beside their names as labels, never as figures; and a column of four-digit
 * municipality codes ("0305", "0380") makes the table a table of municipalities, whose names
 * ("Uppsala", "Gotland") are then the municipality's, not the county's.
 */

/** An appropriation or item code: "1:1", "10:2", "1:5.2", "01.02", "Anslag 1:5", "ap. 3". */
const ITEM_CODE = /^(?:(?:anslag|ap\.?)\s?)?(?:\d{1,2}:\d{1,2}(?:[.:]\d{1,2})?|\d{2}\.\d{2}(?:\.\d{2})?)$/i;

/** A header naming item codes ("Anslag", "Anslagspost", "Ap", "Post", "Kod"). */
const ITEM_HEADER = /^(?:anslag(?:spost)?|ap\.?|post|kod|utgiftsområde|uo)$/i;

/**
 * Every filled cell an item code. "01.02" alone could be a figure written with a decimal point,
 * so a column of dotted codes needs a header naming codes or to stand first; colon codes never
 * are figures. The column beside must hold names: codes with no names beside are the labels.
 */
export function isItemCodeColumn(header: string, cells: readonly string[], first: boolean, beside: readonly string[]): boolean {
  const values = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (values.length < 2 || !values.every((t) => ITEM_CODE.test(t))) return false;
  // The codes stand beside names: without them the codes are the only labels the rows have.
  if (!beside.some((t) => /\p{L}{3}/u.test(t))) return false;
  if (values.some((t) => t.includes(':'))) return true;
  return first || ITEM_HEADER.test(header.trim());
}

/** A header naming account numbers ("Konto", "Kontonr"). */
const ACCOUNT_HEADER = /^konto(?:kod|nr|nummer)?$/i;

/** A header naming municipality codes ("Kommunkod", "Kommunnr", "Kommunnummer"). */
const MUNICIPALITY_HEADER = /^kommun(?:kod|nr|nummer)\b/i;

/**
 * A code column of municipalities: its header says so, or every code has four digits (the
 * county's two followed by two of the municipality's, "0380"), which no county code has.
 */
export function isMunicipalityCodeColumn(header: string, cells: readonly string[]): boolean {
  const values = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (values.length === 0) return false;
  if (MUNICIPALITY_HEADER.test(header.trim())) return true;
  // Account numbers ("Konto" 4010, 5020) have four digits too.
  if (ACCOUNT_HEADER.test(header.trim())) return false;
  return values.length >= 2 && values.every((t) => /^\d{4}$/.test(t));
}

export const isLetterCode = (text: string): boolean => LETTER_CODE.test(text.trim());

/**
 * A first column of short codes in capitals beside a column of names ("M | Moderaterna", "KD |
 * Kristdemokraterna"): the codes are abbreviations of the names, so the names are the labels. Each
 * code stands beside a longer name in small letters; codes with no names beside are the labels.
 * A row may print its label where the code stands and leave the name empty ("| Summa | | 350 |").
 */
export function isLetterCodeColumn(cells: readonly string[], first: boolean, beside: readonly string[]): boolean {
  if (!first) return false;
  const rows = cells.map((t, r) => [t.trim(), (beside[r] ?? '').trim()] as const).filter(([code]) => code !== '');
  const coded = rows.filter(([code, name]) => LETTER_CODE.test(code) && /\p{Ll}{3}/u.test(name) && name.length > code.length);
  const spilled = rows.filter(([code, name]) => name === '' && !LETTER_CODE.test(code) && /\p{Ll}{3}/u.test(code));
  return coded.length >= 2 && coded.length + spilled.length === rows.length && spilled.length < coded.length;
}

/**
 * Labels printed where the rows' codes stand, the name cell beside left empty ("Riket | | 1 000 |"
 * under "Kod | Namn | …": a cell spanning both columns, pasted as two): the row's label, not a code.
 * Words without a digit beside an empty name, in fewer rows than the codes fill; returns those rows
 * (empty when the column holds no such labels or too few codes to be a code column).
 */
export function spilledLabels(cells: readonly string[], beside: readonly string[]): Set<number> {
  const spills = new Set<number>();
  let others = 0;
  cells.forEach((text, r) => {
    const t = text.trim();
    if (t === '') return;
    if (/\p{L}{2}/u.test(t) && !/\d/.test(t) && (beside[r] ?? '').trim() === '') spills.add(r);
    else others++;
  });
  return others >= 2 && spills.size < others ? spills : new Set();
}

/**
 * A row's four-digit code among counties' two-digit codes ("01" Stockholm, "0180" Stockholm,
 * "0380" Uppsala): the municipality, whose name may be its county's too. Every code in the column
 * has two digits or four, both kinds occur, and the four-digit code opens with a county's code.
 */
export function isMunicipalityCode(code: string, columnCodes: readonly string[], isCountyCode: (code: string) => boolean): boolean {
  if (!/^\d{4}$/.test(code) || !isCountyCode(code.slice(0, 2))) return false;
  const codes = columnCodes.map((t) => t.trim()).filter((t) => t !== '');
  return codes.every((t) => /^(?:\d{2}|\d{4})$/.test(t)) && codes.some((t) => t.length === 2);
}

/** A header naming county letters or codes ("Länsbokstav", "Kod", "Länskod"). */
const LETTER_HEADER = /^(?:läns?bokstav|bokstav|länskod|kod)$/i;
const MIN_AGREEING = 3;

/**
 * A column of county letters ("AB", "C", "BD") beside the counties' names, before or after them:
 * a code column, never words joined to the label ("Stockholms län | AB"). Every filled cell is a
 * county's letter, and the header names such codes or, on three rows or more, the letter is the
 * county the name beside it names, and on none another county.
 */
export function isCountyLetterColumn(header: string, cells: readonly string[], names: readonly string[]): boolean {
  const rows = cells.map((t, r) => [t.trim(), (names[r] ?? '').trim()] as const).filter(([code]) => code !== '');
  if (rows.length < 2 || !rows.every(([code]) => COUNTY_LETTERS[code] !== undefined)) return false;
  if (LETTER_HEADER.test(header.trim())) return true;
  let agree = 0;
  for (const [code, name] of rows) {
    const region = matchRegion(name);
    if (region === null) continue;
    if (region.code !== COUNTY_LETTERS[code]) return false;
    agree++;
  }
  return agree >= MIN_AGREEING;
}
