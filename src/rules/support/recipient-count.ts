import { parseNumberWord } from '../../../grammars/amount/numberWords.js';
import type { Table } from '../../model/table.js';

/**
 * Tables a sentence points at by counting their recipients: "207 miljoner kronor till åtta
 * kommuner och två regioner", "21 regioner delar på 300 miljoner", "fördelas till 12 projekt".
 * The counts of one sentence ("åtta kommuner och två regioner" = 10) that equal the number of
 * data rows of a table name that table, as "tabellen nedan" would. It is a reading, not a
 * reference, so a finding over it says so (see text/table-total).
 */
const RECIPIENTS =
  'kommuner|kommun|regioner|region|landsting|län|länsstyrelser|länsstyrelse|myndigheter|myndighet|mottagare|projekt|organisationer|organisation|föreningar|förening|företag|skolor|skola|huvudmän|huvudman|kommunförbund|verksamheter|verksamhet';
/** A count (digits or a number word) right before a recipient noun. */
const COUNT = new RegExp(`(?<![\\p{L}\\d,])(\\d{1,3}|\\p{Ll}+) (?:${RECIPIENTS})(?![\\p{L}])`, 'giu');
/** A count of recipients is at least two rows. */
const MIN_ROWS = 2;

/** The sum of the recipient counts a sentence names, or null when it names none. */
export function recipientCount(sentence: string): number | null {
  let sum = 0;
  let found = false;
  for (const m of sentence.matchAll(COUNT)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
    if (n === null || n < 1) continue;
    sum += n;
    found = true;
  }
  return found ? sum : null;
}

/** The tables whose data rows the sentence counts, or null. */
export function countedTables(sentence: string, tables: readonly Table[]): Table[] | null {
  const n = recipientCount(sentence);
  if (n === null || n < MIN_ROWS) return null;
  const hit = tables.filter((t) => t.rows.filter((r) => r.kind === 'data').length === n);
  return hit.length > 0 ? hit : null;
}
