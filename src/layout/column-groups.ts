import type { Grid, GridCell, GridRow } from './types.js';

/**
 * Group titles over sets of year columns, as annual reports print them:
 *
 *                 Koncernen        Moderbolaget          Kommunen      Kommunkoncernen
 *   Belopp i tkr  2023    2022     2023    2022     Mnkr  2023  2022   2023    2022
 *
 * Pasted as text the titles lose their span: they land over one column each (aligned text) or
 * in the label column's header (single spaces). Where a header row's value cells are the same
 * years repeated m times, and m titles stand over them (in the row above, or as the first words
 * of the label column's header, when each is a word that names a reporting entity), each title
 * is put over its set of columns, so the columns read "Koncernen 2023", "Moderbolaget 2023".
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MAX_HEADER_ROWS = 4;
/** Words naming the entity or basis a set of columns reports on, alone in a title. */
const GROUP_WORD =
  /^(?:koncern(?:en)?|moderbolag(?:et)?|moderföretag(?:et)?|kommun(?:en)?|kommunkoncern(?:en)?|region(?:en)?|regionkoncern(?:en)?|landsting(?:et)?|landstingskoncern(?:en)?|budget|utfall|prognos|bokslut)$/i;

/** The length of the repeated period of the years, and how many times it repeats; null if they do not repeat. */
function repeats(years: string[]): { p: number; m: number } | null {
  for (let p = 1; p <= years.length / 2; p++) {
    if (years.length % p !== 0) continue;
    if (years.every((y, i) => y === years[i % p])) return { p, m: years.length / p };
  }
  return null;
}

/** Each year repeated in a block of the same length: "2023 2023 2022 2022". */
function blocks(years: string[]): boolean {
  const b = years.findIndex((y) => y !== years[0]);
  return b > 1 && years.length % b === 0 && years.every((y, i) => y === years[i - (i % b)]);
}

function titledRow(row: GridRow, width: number, titles: string[], p: number, template: GridCell): GridRow {
  const cells: GridCell[] = [{ ...template, text: '', header: true }];
  for (let c = 1; c < width; c++) {
    const from = row.cells[c] ?? template;
    cells.push({ ...from, text: titles[Math.floor((c - 1) / p)]!, header: true });
  }
  return { cells, location: row.location };
}

export function spreadColumnGroups(grid: Grid): Grid {
  const rows = grid.rows;
  for (let r = 0; r < Math.min(rows.length - 1, MAX_HEADER_ROWS); r++) {
    const row = rows[r]!;
    const width = row.cells.length;
    const values = row.cells.slice(1).map((c) => c.text.trim());
    if (width < 3 || !values.every((t) => YEAR.test(t))) continue;
    // Years in blocks ("2023 2023 2022 2022") take a title a column, the titles cycling over each block.
    const rep = repeats(values) ?? (blocks(values) ? { p: 1, m: values.length } : null);
    if (!rep || rep.m < 2) return grid;
    const above = r > 0 ? rows[r - 1]! : null;
    const aboveTitles = above ? above.cells.slice(1).map((c) => c.text.trim()).filter((t) => t !== '') : [];
    if (above && aboveTitles.length === rep.m && aboveTitles.every((t) => !/\d/.test(t)) && above.cells.length === width) {
      const out = [...rows];
      out[r - 1] = titledRow(above, width, aboveTitles, rep.p, above.cells[0]!);
      out[r - 1]!.cells[0] = above.cells[0]!;
      return { ...grid, rows: out, headerRows: Math.max(grid.headerRows ?? 0, r + 1) };
    }
    // Titles that went into the label column's header: its first words, each naming an entity.
    const label = row.cells[0]!;
    const words = label.text.trim().split(/\s+/);
    if (words.length < rep.m) return grid;
    const isGroup = (ws: string[]): boolean => ws.every((w) => GROUP_WORD.test(w));
    // The titles' line stood above the unit's ("Koncernen Moderbolaget" / "Belopp i tkr …") or after it.
    const first = isGroup(words.slice(0, rep.m)) && !GROUP_WORD.test(words[rep.m] ?? '');
    const last = !first && isGroup(words.slice(-rep.m)) && !GROUP_WORD.test(words[words.length - rep.m - 1] ?? '');
    if (!first && !last) return grid;
    const lead = first ? words.slice(0, rep.m) : words.slice(-rep.m);
    const rest = first ? words.slice(rep.m) : words.slice(0, -rep.m);
    const out = [...rows];
    out[r] = { ...row, cells: [{ ...label, text: rest.join(' ') }, ...row.cells.slice(1)] };
    out.splice(r, 0, titledRow(row, width, lead, rep.p, label));
    return { ...grid, rows: out, headerRows: Math.max(grid.headerRows ?? 0, r + 2) };
  }
  return grid;
}
