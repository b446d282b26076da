/**
 * Full stops that end no sentence inside a row's label: the stop of an abbreviated word in a
 * body's name, as grant lists shorten "Föreningen", "Församling", "Sällskapet", "Stiftelsen",
 * "ekonomisk förening" ("Fören. Knutsbols hembygdsgård 15 000", "Sv. kyrkan Ö. Ryd 4 000",
 * "Hyresgästfören. Solgården 2 500"). A label with a full stop and then a capital is otherwise read
 * as two sentences, that is prose.
 */
const ABBREVIATED = new Set(['fören', 'förs', 'förb', 'riksförb', 'sällsk', 'stift', 'ek', 'kv', 'sv', 'st', 's:t', 'ö', 'v', 'n', 's', 'avd', 'distr', 'kyrkl', 'hyresgästfören', 'bostadsrättsfören', 'brf']);

/** Whether a full stop, "!" or "?" followed by a space and a capital ends a sentence in the label. */
export function hasSentenceBreak(label: string): boolean {
  for (const m of label.matchAll(/[.!?]\s+\p{Lu}/gu)) {
    if (m[0][0] !== '.') return true;
    // The word before the stop, read back to a space or the label's start.
    let k = m.index;
    while (k > 0 && !/\s/u.test(label[k - 1]!)) k--;
    if (!ABBREVIATED.has(label.slice(k, m.index).toLowerCase())) return true;
  }
  return false;
}
