/**
 * OCR of a scanned table reads its cell borders as glyphs beside the digits: "60 670!",
 * "41 786|", "13 919]", "|5 000". On a scanned page those glyphs are stripped from cells that
 * hold digits; they never belong to a number. A ")" goes only without its "(": "(1 234)" is a
 * negative number.
 */
const LEADING = /^[|!\[\]]+\s*/;
const TRAILING = /\s*[|!\[\]]+$/;

export function stripBorderGlyphs(text: string): string {
  if (!/\d/.test(text)) return text;
  let out = text.trim();
  for (;;) {
    const next = out.replace(LEADING, '').replace(TRAILING, '').replace(/\)$/, (m) => (out.includes('(') ? m : '')).trim();
    if (next === out) return out;
    out = next;
  }
}
