/**
 * Text copied out of a PDF marks each page break with a form feed. Where a table runs over the
 * break, the page's furniture stands between its rows: the page number at the foot of the page
 * ("7", "- 7 -", "7 (18)", "Sida 7 av 18") and a running head at the top of the next ("2023-05-04
 * Fi2023/01234", "Promemoria 3 (7)"). Read as lines of the table they become rows of their own.
 * These lines are blanked (their line numbers kept) so the table's parts meet across the break
 * as they do across any page furniture (continued-grids.ts). Only lines next to a form feed
 * that look like furniture by themselves are blanked: a page number alone on its line, a head
 * with a date, a diary number or a page count, or a head the document prints on another page too.
 */
// Tested on the trimmed line: single optional spaces keep it linear.
const PAGE_NUMBER = /^(?:(?:sida|s\.) ?)?[-–]? ?\d{1,4} ?(?:[-–]|\( ?\d{1,4} ?\)|av \d{1,4})?$/i;
const HEAD_SIGNAL = /\b\d{4}-\d{2}-\d{2}\b|\b\p{Lu}\p{Ll}{0,3}\s?\d{4}\/\d{2,6}\b|\b\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*$|\bsida\s+\d{1,4}\b/iu;
const MAX_HEAD = 120;

/**
 * The 0-based indices of the lines to leave out: the furniture, and the blank lines around it
 * beyond the one blank line a layout that sets its cells or rows apart by blank lines needs
 * (a table whose rows follow line on line meets again with none).
 */
export function pageFurniture(lines: readonly string[]): Set<number> {
  const drop = new Set<number>();
  if (!lines.some((l) => l.includes('\f'))) return drop;
  const heads = new Map<string, number>();
  const breaks: number[] = [];
  lines.forEach((l, i) => {
    if (!l.includes('\f')) return;
    breaks.push(i);
    const head = l.replace(/\f/g, '').trim();
    if (head !== '') heads.set(head, (heads.get(head) ?? 0) + 1);
  });
  const blank = (i: number): boolean => (lines[i] ?? '').replace(/\f/g, '').trim() === '';
  for (const i of breaks) {
    const head = lines[i]!.replace(/\f/g, '').trim();
    const furniture: number[] = [];
    if (head === '' || (head.length <= MAX_HEAD && (HEAD_SIGNAL.test(head) || (heads.get(head) ?? 0) > 1))) furniture.push(i);
    // The page number is the last printed line of the page before.
    let j = i - 1;
    while (j >= 0 && blank(j)) j--;
    if (j >= 0 && PAGE_NUMBER.test(lines[j]!.trim().replace(/\s+/g, ' '))) furniture.push(j);
    if (furniture.length === 0 || (furniture.length === 1 && head !== '' && !furniture.includes(i))) {
      if (furniture.length === 1) drop.add(furniture[0]!);
      continue;
    }
    // The run of furniture and blank lines across the break.
    let from = Math.min(...furniture);
    let to = i;
    while (from > 0 && blank(from - 1)) from--;
    while (to + 1 < lines.length && blank(to + 1)) to++;
    const before = from - 1;
    const keepOne = before >= 1 && blank(before - 1);
    for (let k = from; k <= to; k++) if (furniture.includes(k) || blank(k)) drop.add(k);
    if (keepOne) for (let k = from; k <= to; k++) if (blank(k) && !furniture.includes(k)) { drop.delete(k); break; }
  }
  return drop;
}
