/**
 * A page's title and a unit abbreviation in small letters copied without a space between them
 * ("Resultaträkningmnkr", "Balansräkningtkr", "Kassaflödesanalysmkr"): a caption cell and the
 * unit cell beside it run together when a web table is copied as text. No Swedish word ends in
 * these abbreviations, so after a word of four letters or more they are the unit, set apart.
 * A capital after a small letter ("ResultaträkningMnkr") is split by tables/units.ts itself.
 */
const GLUED_SMALL_UNIT = /(?<=\p{L}{4})(?=(?:mdkr|mnkr|mkr|tkr|kkr|msek|ksek)(?![\p{L}\d]))/gu;

export function unglueSmallUnit(text: string): string {
  return text.replace(GLUED_SMALL_UNIT, ' ');
}
