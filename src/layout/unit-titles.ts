/**
 * A header line whose every column title ends in the same unit, copied with single spaces:
 *
 *   Länsvis Kvalitet, Antal Budget, Antal Utfall, Antal
 *   Kod Kommun Kvartal 1 (tkr) Del 2 (tkr) Period 3 (tkr)
 *
 * The repeated unit closes each title, so it cuts the line into titles where words alone cannot.
 * The first piece holds the label column's title too: it gives the first column as many words as
 * the other titles have (their median), or back to the capital that opens the title those words
 * end ("Kommun Utbetalt under perioden, tkr 2010, tkr"); the rest titles the labels.
 */
export interface UnitTitles {
  label: string;
  columns: string[];
}

/** Longest unit read this way ("miljoner kronor", "tusental kronor"): a longer tail is words, not a unit. */
const MAX_UNIT = 30;

export function unitTitles(line: string): UnitTitles | null {
  const text = line.trim();
  const suffix = unitSuffix(text);
  if (suffix === null) return null;
  const pieces: string[] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(suffix, from);
    if (at < 0) break;
    const end = at + suffix.length;
    // The unit closes a title: a space or the line's end follows it.
    if (end < text.length && text[end] !== ' ') return null;
    const title = text.slice(from, at).trim();
    if (title === '') return null;
    pieces.push(title);
    from = end;
  }
  if (pieces.length < 2 || text.slice(from).trim() !== '') return null;
  const words = (s: string): string[] => s.split(' ').filter((w) => w !== '');
  const sizes = pieces.slice(1).map((p) => words(p).length).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)]!;
  const first = words(pieces[0]!);
  let cut = Math.max(0, first.length - size);
  // A title opens at a capital or a figure: a cut before a word in lower case ("Kommun Utbetalt under
  // | perioden, tkr 2010, tkr") goes back to the capital that opens that title.
  while (cut > 0 && /^\p{Ll}/u.test(first[cut]!)) cut--;
  return {
    label: first.slice(0, cut).join(' '),
    columns: [first.slice(cut).join(' '), ...pieces.slice(1)].map((t) => t + suffix),
  };
}

/** The unit the line ends in with what sets it apart: ", Antal" or " (tkr)"; null when it ends in none. */
function unitSuffix(text: string): string | null {
  if (text.endsWith(')')) {
    const open = text.lastIndexOf('(');
    const unit = text.slice(open + 1, -1);
    if (open <= 0 || text[open - 1] !== ' ' || unit.length === 0 || unit.length > MAX_UNIT || unit.includes(')')) return null;
    return ` (${unit})`;
  }
  const comma = text.lastIndexOf(', ');
  const unit = comma < 0 ? '' : text.slice(comma + 2);
  if (unit.length === 0 || unit.length > MAX_UNIT || /\d/.test(unit)) return null;
  return `, ${unit}`;
}
