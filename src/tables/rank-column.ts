/**
 * A column of places in a ranking ("Placering", "Plats", "Rank": 1, 2, 3 …), as news and
 * interest groups print beside each municipality's figure. The places are labels, like codes:
 * never summed, and never given the unit of the figures beside them.
 */
const RANK_HEADER = /^(?:placering|plats|rang|rank|ranking)(?:\s+\d{4})?\.?$/i;

export function isRankColumn(header: string, cells: readonly string[]): boolean {
  const values = cells.map((t) => t.trim()).filter((t) => t !== '');
  return values.length > 0 && RANK_HEADER.test(header.trim()) && values.every((t) => /^\d{1,4}\.?$/.test(t));
}
