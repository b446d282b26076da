import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { Location } from '../model/location.js';

/** Bumped when the recipe changes; SARIF carries it as the `partialFingerprints` key. */
export const FINGERPRINT_VERSION = 'kronkoll/v1';

/**
 * A document path as the fingerprint sees it: relative to the run root, with forward
 * slashes, so that a baseline written on one machine matches on another. Paths in findings
 * are as given on the command line, that is relative to the working directory.
 */
export function rootRelative(file: string, root: string): string {
  const full = resolve(file);
  const rel = relative(resolve(root), full);
  return (rel === '' || isAbsolute(rel) ? full : rel).split(sep).join('/');
}

/**
 * Places in running text that depend on line numbers: "fil.txt:80:7", "på rad 80",
 * "(rad 80)", "line 80". Masked so that inserting lines elsewhere leaves the text alone.
 * Table row numbering ("raden 1.2 saknar …") is content and stays.
 */
const LINE_REFERENCES: [RegExp, string][] = [
  [/(\.[A-Za-z0-9]{1,5}):\d+(?::\d+)?/g, '$1:#'],
  [/(?<!\p{L})(på raderna|på rad|\(rad|line|lines) \d+(?:[–-]\d+)?/gu, '$1 #'],
];

export function maskLineNumbers(text: string): string {
  return LINE_REFERENCES.reduce((t, [re, to]) => t.replace(re, to), text);
}

/**
 * The content hash of one finding: rule, document path relative to the root, the table
 * context of the place it points at (caption, label header, column header path, row label;
 * empty when it points at prose), the message with line references masked (it names the
 * column or caption, the row and the figures), the figures compared (`expected`, `actual`),
 * and the related places' messages and files. Locations (line, column, page, box) are left
 * out on purpose.
 */
export function contentHash(f: Finding, root: string, context = ''): string {
  const parts = [
    FINGERPRINT_VERSION,
    f.ruleId,
    rootRelative(f.location.file, root),
    context,
    maskLineNumbers(f.message),
    f.expected ?? '',
    f.actual ?? '',
    ...(f.related ?? []).map((r) => `${rootRelative(r.location.file, root)}\u0000${maskLineNumbers(r.message)}`),
  ];
  return createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 32);
}

/** A place as a lookup key within one run (never hashed: it moves when lines are inserted). */
function placeKey(loc: Location): string {
  return [loc.file, loc.page ?? '', loc.line ?? '', loc.column ?? '', loc.box?.x ?? '', loc.box?.y ?? ''].join('|');
}

/**
 * What a place in a document's tables is, in words that do not move with the lines: for
 * each cell, its table's caption and label header, its column's header path and its row's
 * label; for each row, the same without the column.
 */
export function tableContexts(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of doc.tables) {
    const table = [t.caption ?? '', t.labelHeader ?? ''];
    for (const row of t.rows) {
      if (!out.has(placeKey(row.location))) out.set(placeKey(row.location), [...table, '', row.label].join('\u0002'));
      row.cells.forEach((cell, i) => {
        const key = placeKey(cell.location);
        if (!out.has(key)) out.set(key, [...table, (t.columns[i]?.header ?? []).join(' / '), row.label].join('\u0002'));
      });
    }
  }
  return out;
}

/**
 * Sets `fingerprint` on every finding, in place: the content hash, and ":N" for the N-th
 * finding with the same hash in the same document (in document order), as GitHub does
 * for its line hashes. Two identical findings (the same sums in two untitled tables)
 * thus stay distinct and a baseline counts them. `docs[i]`, when given, is the document of
 * `findingsByDocument[i]`, whose tables name the place a finding points at.
 */
export function assignFingerprints(findingsByDocument: readonly (readonly Finding[])[], root: string, docs?: readonly Document[]): void {
  findingsByDocument.forEach((findings, i) => {
    const doc = docs?.[i];
    const contexts = doc ? tableContexts(doc) : new Map<string, string>();
    const seen = new Map<string, number>();
    for (const f of findings) {
      const hash = contentHash(f, root, contexts.get(placeKey(f.location)) ?? '');
      const n = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, n);
      f.fingerprint = `${hash}:${n}`;
    }
  });
}
