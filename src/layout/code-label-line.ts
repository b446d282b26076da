/**
 * A line holding one short code and nothing else ("45", "085", "01-05") right above a row of
 * values that has no label of its own is that row's label: statistics tables list industries,
 * accounts or areas by code, and a copied page sets each code on its own line:
 *
 *   45
 *   38 233 23 006 10 753
 *
 * Read as a value, the code would make a row of one figure and leave the figures unlabelled.
 */
const CODE = /^(?:\d{1,3}|\d{1,3}[-–]\d{1,3})$/;

export function isCodeLine(raw: string): boolean {
  return CODE.test(raw.trim());
}
