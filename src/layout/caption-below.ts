/**
 * A line under a table that names a figure or the source ("Figur 1. Antal per region vecka 24",
 * "Diagram 3: Besök per län 2021", "Källa: SCB 2022"). It ends in a number often enough (a week,
 * a year) to read as a label and a value, but it is never a row: after a table's rows it ends
 * the table.
 */
const CAPTION_BELOW = /^\s*(?:(?:Figur|Diagram|Bild|Karta|Tabell)\s+\d{1,3}[a-z]?\s?[.:]\s|Källa\s?:)/i;

export const isCaptionBelow = (raw: string): boolean => CAPTION_BELOW.test(raw);

/**
 * A diagram's caption left among a table's parts when the page's chart was dropped: words that end
 * in a preposition and a year ("Fördelningen av kostnader för 2018", "Intäkter per verksamhet år
 * 2022"), the year its only figure, in a table of two value columns or more. It reads as a row of
 * one value; it is the caption of what follows, so it ends the table before it.
 */
const YEAR_CAPTION = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){1,10}\s(?:för|under|år|i|per)\s(?:19|20)\d{2}$/u;

/** `values` is the most values a row of the table above holds. */
export const isYearCaption = (raw: string, values: number): boolean => values >= 2 && YEAR_CAPTION.test(raw.trim());
