import type { SourceLine } from './source-line.js';

/**
 * A sentence that states an amount above a list or table, a blank line under it, the rows in
 * another form below ("Regeringen avsätter 254,1 miljoner kronor." / "" / "Region Stockholm
 * 125 300 000" …): the lead-in, read as prose. Taken for the first row it was summed with the
 * rows and the list's own total then "disagreed" by the whole amount. Only the form tells it
 * apart: it closes with a full stop and the first row under it does not, so a list whose every
 * item closes with one keeps its first item.
 */
const SENTENCE_END = /\p{L}[.!]\s*$/u;
/** Any full stop closing a line ("… (118,5 miljoner)."): a row in the sentence's own form. */
const STOP_END = /[.!]\s*$/;
const MIN_WORDS = 3;

export function isLeadInLine(lines: readonly SourceLine[], i: number): boolean {
  const raw = lines[i]?.raw ?? '';
  // Asked at every line: most lines end in no full stop, and the last character says so at once.
  const last = raw.trimEnd().slice(-1);
  if (last !== '.' && last !== '!') return false;
  if (!SENTENCE_END.test(raw) || !/\d/.test(raw) || raw.trim().split(/\s+/).length < MIN_WORDS) return false;
  if ((lines[i + 1]?.raw.trim() ?? 'x') !== '') return false;
  let j = i + 1;
  while (j < lines.length && lines[j]!.raw.trim() === '') j++;
  return j < lines.length && /\d/.test(lines[j]!.raw) && !STOP_END.test(lines[j]!.raw);
}
