import { LETTER_CODE } from '../layout/code-cells.js';
import { LETTER_CODE_TITLE } from '../lexicon/phrases.js';

/**
 * A column of letter codes set in the label's cell: a text table whose columns single spaces set
 * apart puts a party's abbreviation and its name in one cell ("M Moderaterna", "ÖVR Övriga
 * partier") under "Förk. Parti". Under a label title that opens with a letter code column's title
 * and goes on with the names' title, a short code that opens the label, followed by a name that
 * opens with a capital, is the code, and the rest the label. A row printed without a code
 * ("Giltiga röster", "Antal röstberättigade": set in under the codes) goes on in lower case after
 * its first word, so it keeps its label.
 */
// A party's abbreviation as results print it: capitals ("KD", "BLANK"), or a short word with a capital first ("Fpar", "MedP").
const SHORT_MIXED = /^[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖa-zåäö]?$/u;
const CODE_THEN_NAME = /^(\S{1,6})\s+(?=\p{Lu})/u;

export function letterCodeLabel(labelHeader: string, label: string): { code: string; label: string } | null {
  const words = labelHeader.trim().split(/\s+/);
  if (words.length < 2 || !LETTER_CODE_TITLE.test(words[0]!)) return null;
  const m = CODE_THEN_NAME.exec(label);
  if (!m) return null;
  const code = m[1]!;
  if (!LETTER_CODE.test(code) && !SHORT_MIXED.test(code)) return null;
  return { code, label: label.slice(m[0].length) };
}
