/**
 * Reduces a table label to the form the region and total lookups compare: NFC, lower case,
 * markup and footnote marks gone, whitespace collapsed. Labels arrive straight from readers,
 * so HTML tags, Markdown emphasis and escapes, NBSP and soft hyphens all occur.
 */

import { LABEL_MARKS } from '../layout/bullet-marks.js';

const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITY_SPACE = /&(?:nbsp|#160|#xa0);/gi;
const ENTITY_AMP = /&amp;/gi;
// Soft hyphen, zero-width space/joiners and BOM are invisible and break word comparison.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// Markdown escapes left by HTML-to-Markdown conversion ("hälso\- och").
const MD_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|:])/g;
const EMPHASIS = /\*\*|__/g;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// Footnote marks after a label: "Stockholm*", "Stockholm1", "Stockholm 2)", "Stockholm¹", "[3]".
// Whitespace is collapsed to single spaces before these run (normalizeLabel), so ' ?' stands for \s*;
// the look-behinds start a run only at its first character, which keeps matching linear.
const FOOTNOTE = /(?: ?(?<!\*)\*+|(?<=\p{L})\d{1,2}| \d{1,2}| ?\d{1,2}\)| ?\(\d{1,2}\)| ?\[\d{1,2}\]| ?(?<![\u00b9\u00b2\u00b3\u2070-\u2079])[\u00b9\u00b2\u00b3\u2070-\u2079]+)$/u;
const MAY_END_IN_MARK = /[\s:;.,*\d)\]\u00b9\u00b2\u00b3\u2070-\u2079]$/u;
const TRAILING_PUNCT = /(?<![\s:;.,])[\s:;.,]+$/;
// Bullets before the name, spaced or set against it (bullet-marks.ts).
const LEADING_BULLET = LABEL_MARKS;
const JOINER = / ?[-–—/] ?/g;
const EDGE_UNDERSCORE = /^_+|(?<!_)_+$/g;

/** Letters and single spaces, nothing at either end: nothing below would change but case. */
const PLAIN = /^\p{L}+(?: \p{L}+)*$/u;

export function normalizeLabel(label: string): string {
  // Layout asks about every short line; most are plain words and need none of the steps below.
  if (PLAIN.test(label)) return label.normalize('NFC').toLowerCase();
  let s = label.normalize('NFC');
  s = s.replace(TAG, ' ').replace(ENTITY_SPACE, ' ').replace(ENTITY_AMP, '&').replace(INVISIBLE, '');
  s = s.replace(MD_ESCAPE, '$1').replace(EMPHASIS, '').replace(SPACE, ' ').trim();
  s = s.replace(EDGE_UNDERSCORE, '').replace(LEADING_BULLET, '');
  // Marks can stack ("Stockholm1*:"), so strip until nothing changes. Both patterns need one of
  // these characters last; most labels end in a letter and skip the loop.
  for (let prev = MAY_END_IN_MARK.test(s) ? '' : s; prev !== s; ) {
    prev = s;
    s = s.replace(TRAILING_PUNCT, '').replace(FOOTNOTE, '').trim();
  }
  return s.toLowerCase().replace(JOINER, ' ').replace(SPACE, ' ').trim();
}
