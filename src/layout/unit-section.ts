/**
 * A row whose label ends in a unit ("Utbetalt i december, tkr", "Kostnad (mnkr)", "Belopp i tkr")
 * under rows whose labels state none begins a part of the table in that unit: statistics pages
 * print counts and then amounts under the same years,
 *
 *   Antal beslut                2019 2020 2021
 *   Beviljade                   1 204 1 310 1 402
 *   Utbetalt belopp, tkr        50 116 52 555 54 893
 *   Hyresbidrag                 30 604 32 962 32 760
 *
 * and the rows from it on are amounts in thousands, the rows above counts.
 */
const UNIT = '(?:tkr|mnkr|mdkr|mkr|kr|kronor|sek|tsek|msek|tusen(?:tal|tals)?\\s+kronor|miljoner\\s+kronor|miljarder\\s+kronor)';
const ENDS_IN_UNIT = new RegExp(`(?:,\\s*|\\(\\s*|\\bi\\s+)${UNIT}\\s*\\)?$`, 'i');

export function statesUnit(label: string): boolean {
  return ENDS_IN_UNIT.test(label.trim());
}
