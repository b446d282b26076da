/**
 * A line under a table that names a figure or the source ("Figur 1. Antal per region vecka 24",
 * "Diagram 3: Besök per län 2021", "Källa: SCB 2022"), or the date its figures were updated or
 * published ("Uppdaterad 12 mars 2024", "Senast uppdaterad: 2024-03-01", "Publicerad 2024-03-01").
 * It ends in a number often enough (a week, a year) to read as a label and a value, but it is
 * never a row: after a table's rows it ends the table.
 */
/** The source or the date of the figures, as such a line opens (footer-after-row.ts finds it run into a row). */
export const SOURCE_OR_DATE = String.raw`(?:Källa|Källor)\s?:|(?:Senast\s+)?(?:[Uu]ppdaterad|[Uu]ppdaterat|[Pp]ublicerad|[Pp]ublicerat)\s?:?\s?\d`;
const CAPTION_BELOW = new RegExp(String.raw`^\s*(?:(?:Figur|Diagram|Bild|Karta|Tabell)\s+\d{1,3}[a-z]?\s?[.:]\s|${SOURCE_OR_DATE})`, 'i');

export const isCaptionBelow = (raw: string): boolean => CAPTION_BELOW.test(raw);
