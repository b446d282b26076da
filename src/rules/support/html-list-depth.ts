import type { Document } from '../../model/document.js';

/**
 * How deep an HTML list item stands among nested lists (`<ul>` / `<ol>` inside an `<li>`): the
 * number of lists open where the item's `<li>` opens, read from the document's source lines, as
 * a bullet's indentation is for text. Returns null when the sentence at `column` does not start
 * right after an `<li>` tag.
 */
const LIST_TAG = /<(\/?)(?:ul|ol)\b[^<>]*>|<li\b[^<>]*>/gi;
const EMPHASIS = new Set(['strong', 'b', 'em', 'i', 'span', 'a']);
const depths = new WeakMap<Document, Map<string, number>>();

/** The depth of every `<li>` in the document, by "line:column just after the tag" (1-based). */
function itemDepths(doc: Document): Map<string, number> {
  let known = depths.get(doc);
  if (known) return known;
  known = new Map();
  let depth = 0;
  doc.lines.forEach((line, i) => {
    if (!line.includes('<')) return;
    for (const m of line.matchAll(LIST_TAG)) {
      if (m[0][1] === 'l' || m[0][1] === 'L') known!.set(`${i + 1}:${m.index + m[0].length + 1}`, depth);
      else depth = Math.max(0, depth + (m[1] === '/' ? -1 : 1));
    }
  });
  depths.set(doc, known);
  return known;
}

export function htmlItemDepth(doc: Document, line: number, column: number): number | null {
  const before = doc.lines[line - 1]?.slice(0, column - 1) ?? '';
  // The sentence may start after spaces or an opening tag of emphasis inside the item ("<li><strong>").
  let tag = before.trimEnd();
  for (;;) {
    const open = tag.lastIndexOf('<');
    if (!tag.endsWith('>') || open < 0) return null;
    const name = /^<([a-z]+)/i.exec(tag.slice(open))?.[1]?.toLowerCase();
    if (name === 'li') break;
    if (!name || !EMPHASIS.has(name)) return null;
    tag = tag.slice(0, open).trimEnd();
  }
  return itemDepths(doc).get(`${line}:${tag.length + 1}`) ?? null;
}
