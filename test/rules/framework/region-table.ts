/**
 * A table of ten regions written for the allocation tests: population 100 000, 200 000, …,
 * 1 000 000 and an amount column at 10 kr per inhabitant, so every region's share is exact
 * and a moved krona shows. `popHeader` and `moneyHeader` vary the wording of the headers.
 */
const REGIONS = ['Region Stockholm', 'Region Uppsala', 'Region Sörmland', 'Region Östergötland', 'Region Jönköpings län', 'Region Kronoberg', 'Region Kalmar län', 'Region Gotland', 'Region Blekinge', 'Region Skåne'];

export function regionTable(o: { popHeader: string; moneyHeader: string; change?: Record<number, string> }): string {
  const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const rows = REGIONS.map((name, i) => `${name}\t${group((i + 1) * 100_000)}\t${o.change?.[i] ?? group((i + 1) * 1_000_000)}`);
  return ['Tabell 1. Fördelning av medel', '', `Region\t${o.popHeader}\t${o.moneyHeader}`, ...rows, `Totalt\t${group(5_500_000)}\t${group(55_000_000)}`, ''].join('\n');
}
