/**
 * A sentence that names the years a table spans ("Tabellen visar en femårsöversikt årsvis för
 * 2017 till 2021", "Sammanställning av nyckeltal för perioden 2019–2023") printed right above the
 * table's own header line of years. Its two years are a span, not column titles: read as a
 * header line, they shift every column of the table under it. Such a line is a caption.
 *
 * The test is cheap and linear: the line is split once, and a span is a year, a connector ("till",
 * "och", "–", "-") and a year, or two years joined by a dash, after at least MIN_WORDS words.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const JOINED = /^((?:19|20)\d{2})[–-]((?:19|20)\d{2})$/;
const CONNECTOR = new Set(['till', 'och', '–', '-', 't.o.m.']);
const MIN_WORDS = 3;
const MAX_TOKENS = 24;

export function isYearSpanCaption(text: string): boolean {
  const toks = text.trim().replace(/[.:]$/, '').split(/\s+/);
  if (toks.length > MAX_TOKENS) return false;
  let words = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const span = JOINED.exec(t) ?? (YEAR.test(t) && CONNECTOR.has(toks[k + 1] ?? '') && YEAR.test(toks[k + 2] ?? '') ? [t, t, toks[k + 2]!] : null);
    if (span) {
      const end = JOINED.test(t) ? k + 1 : k + 3;
      // The span closes the sentence and runs forward ("2017 till 2021"), after enough words.
      return words >= MIN_WORDS && end === toks.length && Number(span[2]) > Number(span[1]);
    }
    if (/\d/.test(t)) return false;
    words++;
  }
  return false;
}
