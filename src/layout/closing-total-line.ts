import { isTotalLabelText } from './total-label.js';
import { looksValue } from './looks-numeric.js';
import { valueSplits } from './spaced-columns.js';

/** A piece of a line: [from, to) in its raw text. */
export interface LineSegment {
  from: number;
  to: number;
  text: string;
}

const WORD = /\S+/gu;

/**
 * A table's closing total set one space from its figures, under rows whose figures stand after
 * wide gaps ("Summa skulder och eget kapital 12 500", "Totalt 4 200 3 900"): a total typed in by
 * hand, or a line a converter closed up. Its label opens with a total word and holds a word of
 * letters; the figures after it read, by their digit groups, as exactly `want` values one way only.
 * Returns the label and the values, or null. Where one space parts label and figures, the figures
 * are a reading: the caller marks them so, and sums over them warn rather than err.
 */
export function closingTotalLine(raw: string, want: number): { label: LineSegment; values: LineSegment[] } | null {
  if (want < 1 || raw.includes('\t')) return null;
  const words = [...raw.matchAll(WORD)].map((m) => ({ from: m.index, to: m.index + m[0].length, text: m[0] }));
  let run = words.length;
  while (run > 0 && looksValue(words[run - 1]!.text)) run--;
  if (run === 0 || run === words.length || !isTotalLabelText(words[0]!.text)) return null;
  const label = words.slice(0, run);
  if (!label.every((w) => /\p{L}/u.test(w.text) || /^[(),:–-]+$/u.test(w.text))) return null;
  const figures = words.slice(run);
  const splits = valueSplits(figures.map((w) => w.text), want, 2);
  if (splits.length !== 1) return null;
  const values = splits[0]!.map(([a, b]) => ({ from: figures[a]!.from, to: figures[b - 1]!.to, text: raw.slice(figures[a]!.from, figures[b - 1]!.to) }));
  return { label: { from: label[0]!.from, to: label[label.length - 1]!.to, text: raw.slice(label[0]!.from, label[label.length - 1]!.to) }, values };
}
