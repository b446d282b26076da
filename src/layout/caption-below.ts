/**
 * A line under a table that names a figure or the source ("Figur 1. Antal per region vecka 24",
 * "Diagram 3: Besök per län 2021", "Källa: SCB 2022"). It ends in a number often enough (a week,
 * a year) to read as a label and a value, but it is never a row: after a table's rows it ends
 * the table.
 */
const CAPTION_BELOW = /^\s*(?:(?:Figur|Diagram|Bild|Karta|Tabell)\s+\d{1,3}[a-z]?\s?[.:]\s|Källa\s?:)/i;

export const isCaptionBelow = (raw: string): boolean => CAPTION_BELOW.test(raw);
