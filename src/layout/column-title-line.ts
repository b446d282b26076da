/**
 * A line of words that names the two columns of a one-figure table printed just below it, the
 * label column's title first:
 *
 *   Region Brott per 1000 inv.        Län Andel sysselsatta        Kommun Antal elever
 *   Region Nord 104                   Uppsala 78,2                 Gnosjö 812
 *
 * Its first word titles the labels, the rest the figures. A list of small figures ("Norr 104")
 * is a table when such a line names it; without one it may be prose that ends in numbers.
 */
import { hasSentenceBreak } from '../lexicon/sentence-break.js';

const MAX_LENGTH = 60;
const MIN_WORDS = 2;
const MAX_WORDS = 8;
/**
 * Opens with a capital and goes on in words (a figure in "per 1000 inv." included). The label
 * column's title may name two kinds of row at once: "Kommun/Region", "Län/riket".
 */
const TITLE_START = /^\p{Lu}[\p{L}-]*(?:\/\p{L}[\p{L}-]*)?$/u;
/** Ends in a word, an abbreviation or a unit in parentheses, never in a figure. */
const TITLE_END = /[\p{L}.)%]$/u;
/** A title that ends in a full stop ends in an abbreviation ("inv.", "tkr."), and is short. */
const ABBREVIATION = /^\p{L}{1,4}\.$/u;
const MAX_ABBREVIATED_WORDS = 5;

export interface ColumnTitles {
  /** Title of the label column ("Region"). */
  label: string;
  /** Title of the figure column ("Brott per 1000 inv."). */
  figure: string;
}

/**
 * A figure column titled by its year, maybe with its unit: "2023", "2014, tkr", "2023 (Antal)",
 * "2004 (%)". Under it the label column's title is one word ("Kommun 2023"), a unit ("mnkr 2007",
 * the unit set in the stub) or nothing at all ("2004 (%)" alone over the figures).
 */
const YEAR_TITLE = /^(?:19|20)\d{2}(?:,?\s(?:tkr|mnkr|mkr|mdkr|kr|kronor|procent|antal|%)|\s\((?:tkr|mnkr|mkr|mdkr|kr|kronor|procent|antal|%)\))?$/i;
const UNIT_WORD = /^(?:tkr|mnkr|mkr|mdkr|kr|kronor|procent|antal|%)$/i;

/** The two titles such a line gives, or null when the line is not one. */
export function columnTitleLine(raw: string): ColumnTitles | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_LENGTH || text.includes('\t')) return null;
  const year = yearTitle(text);
  if (year) return year;
  if (!TITLE_END.test(text) || /[:;]$/.test(text) || hasSentenceBreak(text)) return null;
  const words = text.split(/\s+/);
  if (words.length < MIN_WORDS || words.length > MAX_WORDS || !TITLE_START.test(words[0]!)) return null;
  // A full stop ends an abbreviation in a short title ("per 1000 inv."), otherwise a sentence.
  if (text.endsWith('.') && (words.length > MAX_ABBREVIATED_WORDS || !ABBREVIATION.test(words[words.length - 1]!))) return null;
  // The figure column's title opens with a word too ("Andel", "Brott per …"), not a figure.
  if (!/^\p{L}/u.test(words[1]!)) return null;
  // One wide gap the page printed between the titles is where they part ("Län Projekt/objekt  Kronor"),
  // and the figure's title is then written as it stands on the line.
  const gapped = text.split(/\s{2,}/);
  if (gapped.length === 2 && /^\p{L}/u.test(gapped[1]!)) return { label: gapped[0]!, figure: gapped[1]! };
  return { label: words[0]!, figure: words.slice(1).join(' ') };
}

/** "Kommun 2023", "mnkr 2007", "2004 (%)": a year, maybe with its unit, titles the figures. */
function yearTitle(text: string): ColumnTitles | null {
  if (YEAR_TITLE.test(text)) return { label: '', figure: text };
  const space = text.indexOf(' ');
  if (space < 0) return null;
  const first = text.slice(0, space);
  const rest = text.slice(space + 1);
  if (!YEAR_TITLE.test(rest)) return null;
  return TITLE_START.test(first) || UNIT_WORD.test(first) ? { label: first, figure: rest } : null;
}
