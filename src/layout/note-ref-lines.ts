import { YEAR_OR_CLOSING_DATE } from './closing-date.js';
import type { SourceLine } from './source-line.js';

/**
 * Statements of annual reports copied out of a PDF set a row's note reference ("Not 4") apart
 * from the row, where the note column stood a little higher or lower than the row's figures:
 *
 *   Belopp i tkr          2023     2022        Tkr  2023-12-31  2022-12-31
 *   Not 4                                      Not 2 3 400 000 3 100 000
 *   Nettoomsättning      12 400   11 900       Årsavgifter
 *
 * 1. A line of only a note reference right under the header of years (or closing dates) stood
 *    between the header and the rows: read where it stands, it joins the header's stub or makes
 *    the header a line of text. It is moved above the header, so the table is read under its
 *    header and the reference stays as text before it (no row's value, nothing lost).
 * 2. A line of figures opened by a note reference, under a header or a row of its own, with its
 *    label on the line below (words alone, before a row with a label of its own, a blank line or
 *    the end): the label is put above the figures, where a label printed above its note's figures
 *    is read already ("Extraordinära poster" / "Not 9 – 16 064", note-word.ts).
 * Lines keep their numbers and columns; only their order changes.
 */
const NOTE_ONLY = /^(?:Not|NOT|Noter|NOTER|not)\.?\s+\d{1,2}[a-z]?(?:\s*(?:,|och|&)\s*\d{1,2}[a-z]?)*$/;
const NOTE_LEAD = /^(?:Not|NOT|not)\.?\s+\d{1,2}[a-z]?$/;
const FIGURE = /^[-−–+]?\(?\d[\d,.]*\)?%?$|^[-−–]$/;
const MAX_WORDS_LINE = 80;

const tokens = (raw: string): string[] => raw.trim().split(/\s+/).filter((t) => t !== '');

/** A header line ending in two years or closing dates or more, with no other figure: "Belopp i tkr 2023 2022". */
function yearHeader(raw: string): boolean {
  const toks = tokens(raw);
  let years = 0;
  for (let k = toks.length - 1; k >= 0 && YEAR_OR_CLOSING_DATE.test(toks[k]!); k--) years++;
  return years >= 2 && !toks.slice(0, toks.length - years).some((t) => /\d/.test(t));
}

/** A line of figures opened by a note reference: "Not 2 3 400 000 3 100 000". */
function noteLedFigures(raw: string): boolean {
  const toks = tokens(raw);
  if (toks.length < 3 || !NOTE_LEAD.test(`${toks[0]} ${toks[1]}`)) return false;
  return toks.slice(2).every((t) => FIGURE.test(t)) && toks.slice(2).some((t) => /\d/.test(t));
}

/** A line with a label of its own and figures after it ("Hyresintäkter 250 000 240 000"). */
function labelledRow(raw: string): boolean {
  const toks = tokens(raw);
  return toks.length >= 2 && /^\p{L}/u.test(toks[0]!) && !NOTE_LEAD.test(`${toks[0]} ${toks[1] ?? ''}`) && FIGURE.test(toks[toks.length - 1]!) && /\d/.test(toks[toks.length - 1]!);
}

/** Words alone that may be a row's label: no figure, not a sentence nor a lead-in. */
function labelWords(raw: string): boolean {
  const t = raw.trim();
  return t.length > 0 && t.length <= MAX_WORDS_LINE && /^\p{Lu}/u.test(t) && !/\d/.test(t) && !/[:.;]$/.test(t) && !NOTE_ONLY.test(t);
}

const blank = (l: SourceLine | undefined): boolean => l === undefined || l.raw.trim() === '';

export function placeNoteRefLines(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => /^\s*(?:not|noter)\.?\s+\d/i.test(l.raw))) return lines;
  const out = [...lines];
  for (let k = 1; k < out.length; k++) {
    const raw = out[k]!.raw;
    if (NOTE_ONLY.test(raw.trim()) && yearHeader(out[k - 1]!.raw) && !blank(out[k + 1]) && labelledRow(out[k + 1]!.raw)) {
      const note = out[k]!;
      out[k] = out[k - 1]!;
      out[k - 1] = note;
      continue;
    }
    if (noteLedFigures(raw) && (yearHeader(out[k - 1]!.raw) || labelledRow(out[k - 1]!.raw) || noteLedFigures(out[k - 1]!.raw)) && !blank(out[k + 1]) && labelWords(out[k + 1]!.raw) && (blank(out[k + 2]) || labelledRow(out[k + 2]!.raw))) {
      const label = out[k + 1]!;
      out[k + 1] = out[k]!;
      out[k] = label;
      k++;
    }
  }
  return out;
}
