/**
 * Where one sentence ends and the next begins inside a short text: a full stop, exclamation or
 * question mark, space, then a capital ("… beviljas i år. Region Kalmar …"). Labels of tables and
 * lists hold points that end no sentence: initials ("K. Berg Bygg AB", "A.-M. Lind") and the clipped
 * words organisations print in their names ("Idrottsfören. Gnistan", "Kungl. Musikaliska
 * akademien", "Ek. för. Bygdegården", "Sv. Kyrkan", "St. Olofs församling", "Intr. för. Vägen").
 * Those are read as what they are, so such a label is not taken for prose.
 */

/**
 * Clipped words that end in a point inside names and labels. Source: Swedish abbreviation practice
 * (Språkrådet's lists) and association registers and grant lists, where "förening", "förbund",
 * "församling", "sällskap", "kunglig", "svenska", "sankt", "ekonomisk", "intresse", "avdelning",
 * "stiftelse", "kyrklig", "distrikt" are shortened; a compound keeps its clipped end
 * ("Hembygdsfören.", "Hyresgästfören.", "Riksförb."). A lone capital is an initial or a point of
 * the compass ("Ö. Ryd").
 */
const CLIPPED = /^(?:\p{L}*(?:fören|förb)|för|förs|sällsk|kyrkl|distr|brf|kv|s:t|kungl|sv|st|ek|ekon|intr|avd|kult|stift|org|allm|gem|nat|reg|komm|ordf|sekr|inkl|exkl|resp|enl|jfr|ca|nr|tel|obs|forts)$/iu;
/** An initial, or a dotted abbreviation whose points stand inside it ("bl.a", "m.fl", "A.-M"). */
const INITIAL = /^(?:\p{Lu}|\p{L}{1,3}(?:\.[-–]?\p{L}{1,3})+)$/u;

const BREAK = /[.!?](?=\s+\p{Lu})/gu;

/** Whether a point after this word ends an abbreviation rather than a sentence. */
export function abbreviationBefore(word: string): boolean {
  return CLIPPED.test(word) || INITIAL.test(word);
}

const WORD_CHAR = /[\p{L}:.\-–]/u;

/** The word that ends right before `at`, read back character by character (a pattern anchored at the end would rescan every start). */
function wordBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && WORD_CHAR.test(text[k - 1]!)) k--;
  return text.slice(k, at);
}

/** Whether the text holds a sentence's end followed by another sentence's start. */
export function hasSentenceBreak(text: string): boolean {
  for (const m of text.matchAll(BREAK)) {
    if (m[0] !== '.') return true;
    const word = wordBefore(text, m.index);
    if (!abbreviationBefore(word)) return true;
  }
  return false;
}
