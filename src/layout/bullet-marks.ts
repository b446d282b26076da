/**
 * The marks that open a list item, defined once for every reader that looks for them.
 *
 * A mark with a space after it opens an item ("- Uppsala", "• 3 mnkr", "– Gotland"). Set right
 * against the item's text ("•Region Skåne") a mark is a bullet only in a run of such items,
 * which glued-bullets.ts decides; a dash or a plus right before a figure is its sign, never a
 * bullet.
 */

/** Bullet characters: hyphen, star, plus, bullet, minus sign, en dash. */
const MARKS = '-*+•−–';

/** A bullet and the space after it, after the line's indentation; group 1 is the mark. */
export const SPACED_BULLET = new RegExp(`^\\s*([${MARKS}])\\s+`);

/** A bullet or an item number ("1.", "2)") and the space after it; group 1 is the indentation. */
export const ITEM_MARK = new RegExp(`^(\\s*)(?:[${MARKS}]|\\d{1,2}[.)])\\s+`);

/**
 * A mark set right against the item's first letter or figure; group 1 a mark that may stand
 * before a figure (star, bullet), group 2 one that is a sign there (hyphen, plus, minus, en dash).
 */
export const GLUED_MARK = new RegExp(`^\\s*(?:([*•])(?=[\\p{L}\\d])|([-+−–])(?=\\p{L}))`, 'u');

/**
 * Marks before a label, spaced or set against its first letter, one or several ("• Uppsala",
 * "•Region Skåne", "- – Gotland"); an em dash opens labels too. A mark before a figure stays.
 */
export const LABEL_MARKS = new RegExp(`^(?:[${MARKS}—](?:\\s+|(?=\\p{L})))+`, 'u');
