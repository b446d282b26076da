import type { Location } from '../model/location.js';
import { t } from '../messages/index.js';

/**
 * A location as one token a person (or an editor's problem matcher) can follow:
 * `file:line:col` for text sources, `file (sida 3)` for PDF, both when a PDF
 * location also carries a line.
 */
export function placeText(loc: Location): string {
  let out = loc.file;
  if (loc.line !== undefined) {
    out += `:${loc.line}`;
    if (loc.column !== undefined) out += `:${loc.column}`;
  }
  if (loc.page !== undefined) out += ` (${t('place.page', { page: String(loc.page) })})`;
  return out;
}

/** The same without the file, for listings already grouped under a file heading. */
export function placeInFile(loc: Location): string {
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(t('place.page', { page: String(loc.page) }));
  if (loc.line !== undefined) {
    parts.push(t('place.line', { line: loc.column !== undefined ? `${loc.line}:${loc.column}` : String(loc.line) }));
  }
  return parts.join(', ');
}
