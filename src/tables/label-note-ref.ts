/**
 * A reference to the statement's notes closing a row label ("Justering för gjorda avsättningar
 * Not 25", "Långfristiga skulder not 14, 15", "Nyupptagna lån Not 21 »"): pages whose note
 * column has no title of its own set the reference after the words, so the layout reads it into
 * the label. It is the row's note, not part of the line item's name.
 */
const NOTE_REF = /(?<=\p{L}[.)]?)\s+[Nn]ot(?:er)?\.?\s?\d{1,2}[a-zA-Z]?(?:\s?(?:,|&|och)\s?\d{1,2}[a-zA-Z]?){0,5}(?:\s?»)?$/u;

/** "Summa not 1": a sum named by the note it closes, whose reference is the label's object. */
const SUM_WORD = /^(?:summa|delsumma|totalt|total)$/i;

/** The label without a note reference that closes it; the label unchanged when none does. */
export function withoutNoteReference(label: string): string {
  const m = NOTE_REF.exec(label);
  if (!m) return label;
  const rest = label.slice(0, m.index);
  return SUM_WORD.test(rest.trim()) ? label : rest;
}
