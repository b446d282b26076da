import { splitGluedRun, type GluedSplit } from './glued-run.js';

/**
 * Under a note column ("Not" heading the figures) a row's note number may stand against its
 * first value with no space, where the note and the value's first digit group run into one
 * token that no figure has: "Justeringar17113 0043 782 134" is note 17, then 113 004 and
 * 3 782 134. A note is one or two digits, not led by a nought. These are the run's readings
 * with a note taken off its front; more than one ("1845 351 26719 663 544": note 1 or 18) is a
 * choice the digits do not make.
 */
export interface NotedSplit {
  /** The note's [from, to) offsets into the run. */
  note: { from: number; to: number };
  /** The values after it, with offsets into the whole run. */
  split: GluedSplit;
}

export function notedSplits(run: string): NotedSplit[] {
  const out: NotedSplit[] = [];
  for (const k of [1, 2]) {
    const note = run.slice(0, k);
    const rest = run.slice(k);
    // The note stands against a digit: a sign or a space after it would have split the run already.
    if (!/^[1-9]\d?$/.test(note) || note.length !== k || !/^\d/.test(rest)) continue;
    const s = splitGluedRun(rest);
    if (!s) continue;
    out.push({ note: { from: 0, to: k }, split: { values: s.values.map((v) => ({ from: v.from + k, to: v.to + k })), glued: true } });
  }
  return out;
}

/**
 * Of a row's readings, the one whose note does not fall below the last note above it in the
 * column: a statement numbers its notes in the order its rows refer to them. Null when no
 * reading, or more than one, fits so.
 */
export function byNoteOrder(readings: NotedSplit[], run: string, last: number | null): NotedSplit | null {
  const fit = readings.filter((r) => last === null || Number(run.slice(r.note.from, r.note.to)) >= last);
  return fit.length === 1 ? fit[0]! : null;
}
