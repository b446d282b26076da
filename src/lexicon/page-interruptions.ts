/**
 * Lines a news or municipal page sets between the rows of a table, which a copy of the page as
 * text keeps on lines of their own: an advert's marker ("Annons", "ANNONS", "Annonsering",
 * "Reklam", "Sponsrat innehåll") and a link to another article ("Läs också: …", "Läs även: …",
 * "Läs mer: …", "Relaterat: …", "Se även: …", "Mer om …: …"). Read by
 * src/layout/interrupting-lines.ts, which keeps them out of the table they stand in.
 */

/** An advert's marker, the whole line. */
const AD_MARKER = /^(?:annons|annonser|annonsering|reklam|sponsrat|sponsrat innehåll|annonsörsinnehåll|annonstext)$/i;
/** A link to another article: its lead, then a colon or a dash and the link's text. */
const LINK_LEAD = /^(?:läs också|läs även|läs mer|relaterat|relaterade artiklar|se även|mer om [^:]{1,60})\s?[:–-]/i;

/** True when the line is an advert's marker or a link to another article. */
export function isPageInterruption(line: string): boolean {
  const t = line.replace(/\s+/g, ' ').trim();
  return AD_MARKER.test(t) || LINK_LEAD.test(t);
}
