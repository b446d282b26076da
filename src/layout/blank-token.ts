/**
 * A value cell that gives no figure on purpose, written as one token: not available ("..", "…",
 * "."), nothing (a dash, or two hyphens typed for one: "--"), or a figure held back ("<5"). A
 * row that ends in one is a row of its table with that cell blank, not the end of the table.
 */
const BLANK_TOKEN = /^(?:\.{1,3}|…|[-−–—]|--|<[1-9]\d{0,2})$/;

export function isBlankToken(token: string): boolean {
  return BLANK_TOKEN.test(token);
}
