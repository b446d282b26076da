/**
 * A reference to the statement's notes closing a row label ("Justering för gjorda avsättningar
 * Not 25", "Långfristiga skulder not 14, 15", "Nyupptagna lån Not 21 »"): pages whose note
 * column has no title of its own set the reference after the words, so the layout reads it into
 * the label. It is the row's note, not part of the line item's name.
 */
const NOTE_REF = /(?<=\p{L}[.)]?)\s+[Nn]ot(?:er)?\.?\s?\d{1,2}[a-zA-Z]?(?:\s?(?:,|&|och)\s?\d{1,2}[a-zA-Z]?){0,5}(?:\s?»)?$/u;

/** The label without a note reference that closes it; the label unchanged when none does. */
export function withoutNoteReference(label: string): string {
  const m = NOTE_REF.exec(label);
  return m ? label.slice(0, m.index) : label;
}
