/**
 * Years printed as the same run twice or more ("2022 2023 2024 2025 2022 2023 2024 2025",
 * "2018 2017 2018 2017"): a header over groups of columns, one group per measure ("Ackumulerade
 * värden" and "Belopp per år" over the same years), never a row's figures. After a table's rows
 * such a line (after its words, "Nr. Kommunfullmäktige 2022 … 2025") heads the next table.
 */
const YEAR = /^(?:19|20)\d{2}$/;

export function repeatedYearRuns(values: readonly string[]): boolean {
  if (values.length < 4 || !values.every((v) => YEAR.test(v))) return false;
  const ys = values.map(Number);
  // The run: years one apart, up or down, until the first year comes again.
  const step = ys[1]! - ys[0]!;
  if (Math.abs(step) !== 1) return false;
  let width = 1;
  while (width < ys.length && ys[width] === ys[width - 1]! + step) width++;
  if (width < 2 || ys.length % width !== 0 || ys.length === width) return false;
  return ys.every((y, k) => y === ys[k % width]);
}
