import type { Box } from '../../model/location.js';
import { right, union } from './lines.js';
import type { PdfLine, Segment } from './types.js';

/**
 * The words of an OCR text layer (tesseract, OCRmyPDF), cleaned before tables are looked for.
 * OCR reads cell borders and specks of the scan as glyphs: "72849)", "| — 77012", "cc 93009",
 * ". 15132", "<:2419906", and signs where there is no ink ("-7078008" whose box is no wider
 * than the digits'). Left in, they keep cells from looking like numbers, so columns are not
 * found. The glyph-less font of an OCR layer draws every glyph with one advance, scaled to the
 * word's box; a glyph's place within a word is its share of the box.
 *
 * Touched are: the ends of words that hold digits, a border between two numbers, words of
 * border glyphs alone, specks and smears (a box far too narrow or too wide for its letters), a
 * dash far before a number's digits, and a glyph a number's box has no room for (a sign, a last
 * "1" from a border), judged against the numbers of the same column. Other words with letters,
 * a dash that is an empty cell or a minus, and the digits inside a number stay as OCR read them.
 */

/** Glyphs OCR reads from a cell border or a speck beside the digits. A ")" only without its "(". */
const TRAIL = new Set(['|', '!', '[', ']', '{', '}', '/', '\\', ')', '»']);
const LEAD = new Set(['|', '!', '[', ']', '{', '}', '/', '\\', ':', ';', '<', '>', '=', "'", '"', '`', '~', '_', '.', ',', '+', '«', '»', '$']);
/** A sign before the digits, kept only when the word's box has room for it. */
const SIGN = new Set(['-', '−', '–', '—']);
/** A word of these alone is a border or a speck, never a cell; ".." and "..." (no figure given) are cells. */
const JUNK_ONLY = /^[|!\[\]{}/\\:;<>='"`~_.,+]+$/;
const NOT_GIVEN = /^(?:\.{2,3}|…)$/;
/** Two or more glyphs of neither letters nor digits with a dash among them ("—.", "-|"). */
const DASH_JUNK = /^(?=.*[-−–—])[^\p{L}\p{N}]{2,}$/u;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
/** Narrower than this per glyph (in ems), a word of letters is a speck OCR read as text. */
const SPECK_EM = 0.12;
/** Wider than this per glyph (in ems), a word of letters is a rule or a shadow OCR read as text ("ok" over 23 pt). */
const SMEAR_EM = 1.0;

/** Words that are no text: border glyphs, specks, smears. */
function isNoise(w: Word, size: number): boolean {
  if (w.text.length === 0) return true;
  if (NOT_GIVEN.test(w.text)) return false;
  if (JUNK_ONLY.test(w.text) || DASH_JUNK.test(w.text)) return true;
  if (!LETTER.test(w.text) || DIGIT.test(w.text)) return false;
  const perGlyph = w.box.width / w.text.length;
  return perGlyph < SPECK_EM * size || (w.text.length >= 2 && perGlyph > SMEAR_EM * size);
}

interface Word {
  text: string;
  box: Box;
  /** The right edge before border glyphs were cut from the end. */
  cutRight?: number;
  /** The left edge before specks were cut from the start. */
  cutLeft?: number;
}

/** Words of a segment: its runs, split at spaces inside them (one glyph advance each). */
function wordsOf(seg: Segment): Word[] {
  const out: Word[] = [];
  for (const p of seg.parts) {
    const unit = p.text.length > 0 ? p.box.width / p.text.length : 0;
    const re = /\S+/g;
    for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
      out.push({ text: m[0], box: { ...p.box, x: p.box.x + unit * m.index, width: unit * m[0].length } });
    }
  }
  return out;
}

/** A border between two numbers read into one word ("638)1169", "1244701/1197"): two words. */
const INNER = /(?<=\d)[|!\[\]{}/\\)](?=\d)/;

function splitInner(w: Word): Word[] {
  const m = INNER.exec(w.text);
  if (!m || w.text.includes('(')) return [w];
  const at = m.index;
  return [trim(w, 0, w.text.length - at), ...splitInner(trim(w, at + 1, 0))];
}

/** The word with `from` glyphs cut at the left and `to` at the right, its box cut by their share. */
function trim(w: Word, from: number, to: number): Word {
  const unit = w.text.length > 0 ? w.box.width / w.text.length : 0;
  const text = w.text.slice(from, w.text.length - to);
  return { text, box: { ...w.box, x: w.box.x + unit * from, width: unit * text.length } };
}

/** Border glyphs at the ends of a word with digits: "41 786|" → "41 786", "<:2419906" → "2419906". */
function stripEnds(w: Word, open: boolean): Word {
  if (!DIGIT.test(w.text)) return w;
  const t = w.text;
  let from = 0;
  let to = t.length;
  // Specks, and all but the last of a run of dashes ("—-3311399": a rule and a sign at most).
  while (from < to && (LEAD.has(t[from]!) || (SIGN.has(t[from]!) && SIGN.has(t[from + 1] ?? '')))) from++;
  while (to > from && TRAIL.has(t[to - 1]!) && !(t[to - 1] === ')' && open)) to--;
  if (from === 0 && to === t.length) return w;
  const out = trim(w, from, t.length - to);
  if (to < t.length) out.cutRight = right(w.box);
  if (from > 0) out.cutLeft = w.box.x;
  return out;
}

/**
 * A glyph read from a border often had no ink of its own: the word's box ends where the digits
 * end. Where the uncut right edge is a column's edge (numbers in other rows end there too), the
 * digits keep it; elsewhere the box is cut by the glyphs' share.
 */
function restoreRight(perLine: Word[][]): void {
  const edges = perLine.flat().filter((w) => w.cutRight === undefined && /^\d+$/.test(w.text)).map((w) => right(w.box));
  for (const words of perLine) {
    for (const w of words) {
      if (w.cutRight === undefined) continue;
      const at = w.cutRight;
      if (edges.some((e) => Math.abs(e - at) <= ALIGNED)) w.box = { ...w.box, width: at - w.box.x };
    }
  }
}

/** Digits of a word, or -1 when it is not a number (digits only, a sign before them at most). */
function digitCount(text: string): number {
  const t = SIGN.has(text[0]!) ? text.slice(1) : text;
  return /^\d+$/.test(t) ? t.length : -1;
}

/** A number in a segment: consecutive words of digits (OCR splits and joins digit groups as it likes). */
interface NumberWord {
  words: Word[];
  digits: number;
  left: number;
  right: number;
}

function numbersOf(words: Word[], em: number): NumberWord[] {
  const out: NumberWord[] = [];
  let cur: NumberWord | null = null;
  for (const w of words) {
    const n = digitCount(w.text);
    // Digit groups go on in threes ("5656 986", "10 161579", "85 6041" with a border glyph); the gap between groups, in ink, is
    // up to about an em (a thin space and the digits' side bearings).
    const glued = cur && n >= 3 && !SIGN.has(w.text[0]!) && w.box.x - cur.right <= em;
    if (cur && glued) {
      cur.words.push(w);
      cur.digits += n;
      cur.right = right(w.box);
      continue;
    }
    if (cur) out.push(cur);
    cur = n > 0 ? { words: [w], digits: n, left: w.box.x, right: right(w.box) } : null;
  }
  if (cur) out.push(cur);
  return out;
}

/** Numbers of the page by their right edge (a right-aligned column), as [digits, left edge]. */
type Peers = { right: number; digits: number; left: number; of: NumberWord }[];

/** Right edges closer than this (points) stand in one column. */
const ALIGNED = 2.5;

/** The left edge numbers of `digits` digits that end where `right` is have, or null. */
function peerLeft(peers: Peers, right: number, digits: number, self: NumberWord | null): number | null {
  const lefts = peers.filter((p) => p.digits === digits && Math.abs(p.right - right) <= ALIGNED && p.of !== self).map((p) => p.left);
  if (lefts.length === 0) return null;
  lefts.sort((a, b) => a - b);
  return lefts[Math.floor(lefts.length / 2)]!;
}

/**
 * A number whose box holds one digit fewer than its text: in a right-aligned column it starts
 * where the numbers with one digit fewer start. A sign before it ("-7078008") then had no ink
 * and goes; else a last glyph that OCR reads from a cell border (1, l, I) goes.
 */
function fitToBox(n: NumberWord, peers: Peers, em: number): void {
  const tol = 0.25 * em;
  const first = n.words[0]!;
  if (SIGN.has(first.text[0]!)) {
    const withSign = peerLeft(peers, n.right, n.digits, n);
    // The sign's glyph would start a glyph left of the digits: the box starts where unsigned
    // numbers of as many digits start, so there is no ink for it.
    // Specks cut before the sign ("<—57086") shifted the box's share: the uncut left edge tells as well.
    const lefts = [n.left, first.cutLeft ?? n.left];
    if (withSign !== null && lefts.some((l) => Math.abs(l - withSign) <= tol)) n.words[0] = trim(first, 1, 0);
    return;
  }
  if (lastOneWithoutRoom(n, em)) return;
  // Other misread numbers may stand with it: the left edge most numbers share decides.
  const starting = (digits: number) => peers.filter((p) => p.of !== n && p.digits === digits && Math.abs(p.right - n.right) <= ALIGNED && Math.abs(p.left - n.left) <= tol).length;
  const fewer = starting(n.digits - 1);
  // A last group of four digits ("5 0291") is no grouping: one number beside it to go by is enough.
  const groups = n.words.flatMap((w) => w.text.split(/\s+/));
  const broken = groups.length > 1 && groups[groups.length - 1]!.length % 3 === 1;
  // Or numbers of as many digits in its column start a good part of a digit further left.
  const wider = peerLeft(peers, n.right, n.digits, n);
  const narrow = broken && wider !== null && n.left - wider > NARROW_EM * em;
  if (!narrow && (fewer < (broken ? 1 : 2) || fewer <= starting(n.digits))) return;
  const last = n.words[n.words.length - 1]!;
  if (/[1lI]$/.test(last.text) && last.text.length > 1) n.words[n.words.length - 1] = trim(last, 0, 1);
}

/** A number whose left edge is this far (ems) right of its column's numbers of as many digits lacks a digit's room. */
const NARROW_EM = 0.3;

/** A box this many digits narrower than its text has no room for the last glyph. */
const NO_ROOM_DIGITS = 0.6;

/**
 * A last "1" that a cell border gave: the word's box holds one digit fewer than its text
 * ("0771" in a box three digits wide, for the group 077 beside a rule). Digits are as wide as
 * each other; a group ending in a real 1 lacks at most that 1's side bearing, far less than a
 * digit. Judged on the number's last word, so the digit groups before it do not blur it.
 */
function lastOneWithoutRoom(n: NumberWord, em: number): boolean {
  const last = n.words[n.words.length - 1]!;
  const t = last.text;
  // A box cut by a border glyph's share says nothing about the digits' room.
  if (t.length < 2 || !t.endsWith('1') || last.cutRight !== undefined) return false;
  const digit = em / 2;
  if (last.box.width >= (t.length - NO_ROOM_DIGITS) * digit) return false;
  n.words[n.words.length - 1] = { ...last, text: t.slice(0, -1) };
  return true;
}

/**
 * The page's em, from its numbers: OCR line heights vary with what the line holds (a label
 * wrapped beside a row makes it taller), digit glyphs do not; a digit is about half an em wide.
 */
function emOf(perLine: Word[][], fallback: number): number {
  const widths = perLine.flatMap((ws) => ws.filter((w) => /^\d{2,}$/.test(w.text)).map((w) => w.box.width / w.text.length));
  if (widths.length < 3) return fallback;
  widths.sort((a, b) => a - b);
  return 2 * widths[Math.floor(widths.length / 2)]!;
}

/**
 * A dash standing by itself before a number. A minus sign stands a space before the digits: its
 * left edge is at most about three quarters of an em left of theirs (a dash half an em wide, a
 * space a quarter). Farther off, and ending where no column of numbers ends (an empty cell's
 * dash would), it is a border or a speck. Where OCR words run together in one text item, the
 * digits' left edge is where numbers of as many digits start in the same column.
 */
const SIGN_REACH_EM = 0.85;

function strayDash(words: Word[], i: number, peers: Peers, em: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (!(w.text.length === 1 && SIGN.has(w.text)) || !next) return false;
  const n = digitCount(next.text);
  if (n < 0 || SIGN.has(next.text[0]!)) return false;
  if (peers.some((p) => Math.abs(p.right - right(w.box)) <= ALIGNED)) return false;
  const digitsLeft = peerLeft(peers, right(next.box), n, null) ?? next.box.x;
  return digitsLeft - w.box.x > SIGN_REACH_EM * em;
}

/** A dash that takes this much more room than its glyph (in ems) spans the gap between two columns. */
const GAP_DASH_EM = 1.2;
const GAP_DASH = /^(\d+)[-−–—](\d+)$/;

/**
 * Two numbers of adjacent columns that OCR joined by a dash read from the gap ("510-102" over
 * 40 pt, for 87 510 and 102 412): a dash inside a number has no room but its own glyph. Each
 * part is placed by the width of its digits from its own end of the box; the left one ends at
 * the column edge nearest to that, where the numbers of other rows end.
 */
function splitGapDash(w: Word, em: number, edges: number[]): Word[] {
  const m = GAP_DASH.exec(w.text);
  if (!m) return [w];
  const digit = em / 2;
  const [a, b] = [m[1]!, m[2]!];
  if (w.box.width - (a.length + b.length) * digit <= GAP_DASH_EM * em) return [w];
  const guess = w.box.x + a.length * digit;
  const near = edges.filter((e) => e > w.box.x + (a.length - 1.5) * digit && e < guess + digit / 2).sort((p, q) => Math.abs(p - guess) - Math.abs(q - guess));
  const leftEnd = near[0] ?? guess;
  const r = right(w.box);
  return [
    { text: a, box: { ...w.box, width: leftEnd - w.box.x } },
    { text: b, box: { ...w.box, x: r - b.length * digit, width: b.length * digit } },
  ];
}

/** An OCR page's lines with border glyphs and specks taken out of their words. */
export function cleanOcrLines(lines: PdfLine[]): PdfLine[] {
  const perLine = lines.map((l) =>
    l.segments.flatMap((s) =>
      wordsOf(s)
        .flatMap(splitInner)
        .map((w) => stripEnds(w, s.text.includes('(')))
        .filter((w) => !isNoise(w, l.size)),
    ),
  );
  restoreRight(perLine);
  const em = emOf(perLine, lines.length > 0 ? Math.min(...lines.map((l) => l.size)) : 10);
  const edges = perLine.flat().filter((w) => /^\d+$/.test(w.text)).map((w) => right(w.box));
  perLine.forEach((words, k) => {
    perLine[k] = words.flatMap((w) => splitGapDash(w, em, edges));
  });
  const numbers = perLine.map((words) => numbersOf(words, em));
  const unsigned = (ns: NumberWord[][]): Peers => ns.flat().filter((n) => !SIGN.has(n.words[0]!.text[0]!)).map((n) => ({ right: n.right, digits: n.digits, left: n.left, of: n }));
  const around = unsigned(numbers);
  perLine.forEach((words, k) => {
    const kept = words.filter((_, i) => !strayDash(words, i, around, em));
    if (kept.length !== words.length) {
      perLine[k] = kept;
      numbers[k] = numbersOf(kept, em);
    }
  });
  const peers = unsigned(numbers);
  numbers.forEach((ns, k) => {
    for (const n of ns) {
      const before = n.words.slice();
      fitToBox(n, peers, em);
      n.words.forEach((w, i) => {
        const at = perLine[k]!.indexOf(before[i]!);
        if (at >= 0) perLine[k]![at] = w;
      });
    }
  });
  // OCR sets each line's font size from its height: a short line (the second line of a wrapped
  // label) gets a small one, and the words of "Götalands län" would fall apart at its gaps.
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes.length > 0 ? sizes[Math.floor(sizes.length / 2)]! : 0;
  return lines.map((l, k) => rebuild(l, perLine[k]!, Math.max(l.size, body))).filter((l): l is PdfLine => l !== null);
}

/** Gap, in ems, above which words are different segments (as lines.ts cuts runs). */
const SEGMENT_GAP_EM = 0.9;

function rebuild(line: PdfLine, words: Word[], size: number): PdfLine | null {
  if (words.length === 0) return null;
  const segments: Segment[] = [];
  let cur: Word[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    let text = '';
    cur.forEach((w, i) => {
      if (i > 0) text += w.box.x - right(cur[i - 1]!.box) > 0.1 * size ? ' ' : '';
      text += w.text;
    });
    segments.push({ text, box: union(cur.map((w) => w.box)), size, parts: cur.map((w) => ({ text: w.text, box: w.box })) });
    cur = [];
  };
  for (const w of words) {
    const prev = cur[cur.length - 1];
    if (prev && w.box.x - right(prev.box) > SEGMENT_GAP_EM * size) flush();
    cur.push(w);
  }
  flush();
  return { ...line, text: segments.map((s) => s.text).join(' '), segments, box: union(segments.map((s) => s.box)) };
}
