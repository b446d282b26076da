/**
 * Strips inline markup that survives in text copied from web pages and Markdown
 * (`<b>`, `**`, `*emphasis*`, `\-` escapes, HTML entities) while remembering, for every
 * character kept, the source column it came from, so findings can point at the original text.
 */
export interface CleanText {
  text: string;
  /** columns[i] = 1-based source column of text[i]. */
  columns: number[];
  /** The whole content was wrapped in bold markup. */
  bold: boolean;
}

const TAG = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/;
const ENTITY = /^&(#x?[0-9a-fA-F]+|[a-zA-Z]+);/;
const NAMED: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', minus: '−', thinsp: '\u2009' };
const ESCAPABLE = /[!-/:-@[-`{-~]/;
/** `*emphasis*` pairs; a lone asterisk ("insatser* per län") is a footnote mark and stays. */
const EMPHASIS = /(^|[\s(["“])\*(?=[^\s*])([^*]*?[^\s*])\*(?=$|[\s.,;:!?)\]"”])/g;

/** Digits and brackets as superscripts: a footnote mark set in `<sup>` reads as a typed one ("50 250²"). */
export const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '(': '⁽', ')': '⁾',
};

/**
 * The text a `<sup>` held, as a note mark: "50 250<sup>2</sup>" would otherwise run into the
 * number ("50 2502", read as 502 502). Digits and brackets become superscripts; other marks
 * ("*", "a") are set apart from a digit before them by a space. Returns the characters to keep,
 * each with its index in `chars` (-1 for an added space).
 */
export function supMarks(chars: readonly string[], digitBefore: boolean): { ch: string; from: number }[] {
  const visible = chars.map((ch, k) => ({ ch, from: k })).filter((c) => c.ch.trim() !== '');
  if (visible.length > 0 && visible.every((c) => SUPERSCRIPT[c.ch] !== undefined)) return visible.map((c) => ({ ch: SUPERSCRIPT[c.ch]!, from: c.from }));
  const all = chars.map((ch, k) => ({ ch, from: k }));
  return digitBefore && chars.length > 0 && chars[0]!.trim() !== '' ? [{ ch: ' ', from: -1 }, ...all] : all;
}

function emphasisMarks(raw: string): Set<number> {
  const marks = new Set<number>();
  if (!raw.includes('*')) return marks;
  for (const m of raw.matchAll(EMPHASIS)) {
    const open = m.index + m[1]!.length;
    marks.add(open);
    marks.add(open + 1 + m[2]!.length);
  }
  return marks;
}

function decodeEntity(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return NAMED[body.toLowerCase()] ?? null;
}

/** Any character that starts markup: a line without them is kept as it is. */
const MARKUP = /[<&\\*]/;

export function cleanInline(raw: string, startColumn = 1): CleanText {
  // Most lines of prose carry no markup: the same result without the per-character walk.
  if (!MARKUP.test(raw)) {
    let end = raw.length;
    while (end > 0 && /\s/.test(raw[end - 1]!)) end--;
    const columns = new Array<number>(end);
    for (let k = 0; k < end; k++) columns[k] = startColumn + k;
    return { text: raw.slice(0, end), columns, bold: false };
  }
  let text = '';
  const columns: number[] = [];
  let boldOpen = 0;
  let boldChars = 0;
  let plainChars = 0;
  const emit = (s: string, col: number): void => {
    for (const ch of s) {
      text += ch;
      for (let k = 0; k < ch.length; k++) columns.push(col);
      if (ch.trim() !== '') {
        if (boldOpen > 0) boldChars++;
        else plainChars++;
      }
    }
  };
  const emphasis = emphasisMarks(raw);
  // Where the text of an open <sup> starts, or -1.
  let supStart = -1;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i]!;
    const col = startColumn + i;
    if (ch === '<') {
      const m = TAG.exec(raw.slice(i));
      if (m) {
        const name = m[1]!.toLowerCase();
        if (name === 'b' || name === 'strong') boldOpen += m[0].startsWith('</') ? -1 : 1;
        if (name === 'br') emit(' ', col);
        if (name === 'sup' && !m[0].startsWith('</')) supStart = text.length;
        else if (name === 'sup' && supStart >= 0) {
          const inner = text.slice(supStart).split('');
          const innerCols = columns.slice(supStart);
          const kept = supMarks(inner, /\d/.test(text[supStart - 1] ?? ''));
          text = text.slice(0, supStart) + kept.map((k) => k.ch).join('');
          columns.length = supStart;
          for (const k of kept) columns.push(k.from >= 0 ? innerCols[k.from]! : (innerCols[0] ?? col));
          supStart = -1;
        }
        i += m[0].length;
        continue;
      }
    }
    if (ch === '&') {
      const m = ENTITY.exec(raw.slice(i));
      const decoded = m ? decodeEntity(m[1]!) : null;
      if (m && decoded !== null) {
        emit(decoded, col);
        i += m[0].length;
        continue;
      }
    }
    if (ch === '\\' && i + 1 < raw.length && ESCAPABLE.test(raw[i + 1]!)) {
      emit(raw[i + 1]!, col + 1);
      i += 2;
      continue;
    }
    if (ch === '*' && raw[i + 1] === '*') {
      // Bold markers carry no text.
      boldOpen = boldOpen > 0 ? boldOpen - 1 : boldOpen + 1;
      i += 2;
      continue;
    }
    if (ch === '*' && emphasis.has(i)) {
      i += 1;
      continue;
    }
    emit(ch, col);
    i++;
  }
  // Trailing spaces are Markdown hard breaks, not content.
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(0, end), columns: columns.slice(0, end), bold: boldChars > 0 && plainChars === 0 };
}
