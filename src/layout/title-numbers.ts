/**
 * Numbers that name what a table's title is about rather than count anything: an expenditure
 * area ("utgiftsområde 4", "UO 14"), an appropriation ("anslag 1:1", "anslaget 2:3 ap.1") or a
 * parliamentary session ("2021/22"). A title that names its unit last may hold them, as it may
 * hold years ("Anslag för 2021 inom utgiftsområde 4, tusental kronor"); any other figure makes
 * it no title ("300 av 500, tkr").
 */
const NAMED_NUMBER =
  /(?<![\p{L}\d])(?:(?:utgiftsområde|uo)\s\d{1,2}(?![\d:])|(?:anslag|anslaget|anslagen)\s\d{1,2}:\d{1,2}(?:\sap\.\s?\d{1,2})?(?!\d)|(?:19|20)\d{2}\/\d{2}(?!\d))/giu;

/** The title with such numbers taken out. */
export function withoutNamedNumbers(title: string): string {
  return title.length > 600 ? title : title.replace(NAMED_NUMBER, ' ');
}
