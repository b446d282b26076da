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
/** Recipient nouns that also close compounds: "utvecklingsprojekt", "idrottsföreningar", "landsbygdskommuner". */
const COMPOUND_HEADS = 'projekt|föreningar|organisationer|företag|kommuner|skolor|verksamheter|myndigheter';
/** Words that may stand between the count and the noun: "fem olika projekt", "tre nya föreningar". */
const BETWEEN = 'olika|nya|lokala|ideella|regionala|utvalda|enskilda|stycken';
/** A count (digits or a number word) right before a recipient noun, or an adjective and one. */
const COUNT = new RegExp(`(?<![\\p{L}\\d,])(\\d{1,3}|\\p{Ll}+) (?:(?:${BETWEEN}) )?(?:${RECIPIENTS}|\\p{Ll}+(?:${COMPOUND_HEADS}))(?![\\p{L}])`, 'giu');
/** A count of recipients is at least two rows. */
const MIN_ROWS = 2;

/** Each recipient count a sentence names, with the phrase and where it starts: "åtta kommuner" and "två regioner". */
export function recipientCounts(sentence: string): { count: number; phrase: string; index: number }[] {
  const out: { count: number; phrase: string; index: number }[] = [];
  for (const m of sentence.matchAll(COUNT)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : parseNumberWord(word);
    if (n === null || n < 1) continue;
    out.push({ count: n, phrase: m[0], index: m.index });
  }
  return out;
}

/** The sum of the recipient counts a sentence names, or null when it names none. */
export function recipientCount(sentence: string): number | null {
  const counts = recipientCounts(sentence);
  return counts.length > 0 ? counts.reduce((n, c) => n + c.count, 0) : null;
}

/** The tables whose data rows the sentence counts, or null. */
export function countedTables(sentence: string, tables: readonly Table[]): Table[] | null {
  const n = recipientCount(sentence);
  if (n === null || n < MIN_ROWS) return null;
  const hit = tables.filter((t) => t.rows.filter((r) => r.kind === 'data').length === n);
  return hit.length > 0 ? hit : null;
}

/**
 * "Regeringen fördelar 60 miljoner kronor till regionerna", "Länsstyrelserna får totalt …": a
 * sentence that names the regions (or county boards, counties) as a whole points at the one
 * table whose rows are regions, with one column of money. Also a reading, so a finding over it is at most a warning.
 */
const ALL_REGIONS = /(?<![\p{L}])(?:regionerna|landstingen|länen|länsstyrelserna)(?![\p{L}])/iu;
/** Most rows of a region table name a region; a total or "Riket" row may not. */
const REGION_SHARE = 0.8;

export function regionTablesNamed(sentence: string, tables: readonly Table[]): Table[] | null {
  if (!ALL_REGIONS.test(sentence)) return null;
  const hit = tables.filter((t) => {
    const data = t.rows.filter((r) => r.kind === 'data');
    // One column of money: a list of what each region gets. A decision's table of several money columns has
    // totals of its parts and of the whole, and its prose names other sums close to them.
    const money = t.columns.filter((c) => c.unit === 'SEK').length;
    return money === 1 && data.length >= MIN_ROWS && data.filter((r) => r.region !== null).length >= REGION_SHARE * data.length;
  });
  return hit.length === 1 ? hit : null;
}
