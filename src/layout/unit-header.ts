/**
 * The header of a one-figure table that says what its figures are: a period ("Per år", "Per
 * månad"), a unit ("Kronor", "Belopp i tkr") or a price word ("Avgift", "Pris (kr)"). Municipal
 * pages split their ersättningar and avgifter into many small tables under such a header, some of
 * two rows; the header is what makes two label/figure pairs a table rather than two lines of text.
 */
const UNIT_HEADER =
  /^(?:(?:belopp|avgift|avgifter|pris|kostnad|ersättning|bidrag|grundbelopp)(?:\s(?:i\s)?\(?(?:kr|kronor|tkr|sek)\)?)?|(?:belopp\s)?(?:per|kr\/|kronor per)\s?(?:år|månad|mån|vecka|dag|dygn|timme|elev|barn|person|invånare)|\(?(?:kr|kronor|tkr|sek)\)?)$/i;

export function isUnitHeader(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && UNIT_HEADER.test(t);
}
