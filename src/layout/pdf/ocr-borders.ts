/**
 * OCR of a scanned table reads its cell borders as glyphs beside the digits: "60 670!",
 * "41 786|", "13 919]", "|5 000". On a scanned page those glyphs are stripped from cells that
 * hold digits; they never belong to a number. A ")" goes only without its "(": "(1 234)" is a
 * negative number. Plain loops over the ends, no regular expression that could backtrack.
 */
const BORDER = new Set(['|', '!', '[', ']']);
const SPACE = /\s/;

/**
 * A header cell's borders: a vertical rule read as "|" or a bracket at either end of the words
 * ("Kompetens|", "| Belopp"). Only those glyphs, which no Swedish header ends or begins with;
 * "!" and ")" may be the header's own.
 */
export function stripHeaderBorders(text: string): string {
  const RULE = new Set(['|', '[', ']']);
  let from = 0;
  let to = text.length;
  while (from < to && (SPACE.test(text[from]!) || RULE.has(text[from]!))) from++;
  while (to > from && (SPACE.test(text[to - 1]!) || RULE.has(text[to - 1]!))) to--;
  return text.slice(from, to);
}

export function stripBorderGlyphs(text: string): string {
  if (!/\d/.test(text)) return text;
  let from = 0;
  let to = text.length;
  const open = text.includes('(');
  for (;;) {
    const before = [from, to];
    while (from < to && (SPACE.test(text[from]!) || BORDER.has(text[from]!))) from++;
    while (to > from && (SPACE.test(text[to - 1]!) || BORDER.has(text[to - 1]!) || (!open && text[to - 1] === ')'))) to--;
    if (before[0] === from && before[1] === to) return text.slice(from, to);
  }
}
