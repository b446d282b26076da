/**
 * Under a note column, a row whose first figure may be its note or the first digits of its first
 * value. "Resultat efter finansiella poster 18 506 19 239" under "Not 2022 2021" reads either as
 * note 18 with 506 and 19 239, or as 18 506 and 19 239 with no note. Result rows of a statement
 * seldom carry a note, and the years of one row are of one size, so the reading without a note
 * is taken when its values are strictly more alike in size than the noted reading's (or as alike,
 * nearer the sizes of their columns above). Either way
 * it is a guess from sizes, so the caller marks a row read so as uncertain.
 */

/** Spread of a row's value sizes (digits before the decimal sign): the sum of squared deviations. */
export function sizeSpread(sizes: readonly number[]): number {
  if (sizes.length === 0) return 0;
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  return sizes.reduce((a, d) => a + (d - mean) ** 2, 0);
}

/**
 * True when the reading without a note (its values' sizes) is likelier than the one with a note
 * (the sizes of the values after the note): its sizes spread strictly less, or, spreading as much,
 * they lie strictly nearer the typical sizes of their columns in the rest of the table.
 */
export function figureOverNote(withNote: readonly number[], withoutNote: readonly number[], typical: readonly (number | null)[] = []): boolean {
  if (withoutNote.length === 0) return false;
  const a = sizeSpread(withNote);
  const b = sizeSpread(withoutNote);
  if (a !== b) return b < a;
  return distance(withoutNote, typical) < distance(withNote, typical);
}

/** Squared distance of a row's sizes from its columns' typical sizes (columns without one count nothing). */
function distance(sizes: readonly number[], typical: readonly (number | null)[]): number {
  return sizes.reduce((acc, d, k) => {
    const t = typical[k];
    return t === null || t === undefined ? acc : acc + (d - t) ** 2;
  }, 0);
}
