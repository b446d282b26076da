import type { SourceLine } from './source-line.js';

/**
 * A table pasted one cell per line may lose the line break after a value, so the value and the
 * next row's label share a line: "1 200Uppsala", "45,5Summa", "-300Övriga". Split at the boundary
 * between the last digit and the capital letter; the value is a reading (the page may have meant
 * "1 200U…" as one word), so its cell is marked as read from glued text.
 */
// Anchored at the start, digit groups of fixed width: linear, and a line not opening with a digit or minus fails at once.
// The label opens with a capitalised word or a short code in capitals and a space ("KS 210505 Ansökan …").
const GLUED_VALUE = /^(-?\d{1,3}(?: \d{3})*(?:,\d{1,3})?)([A-ZÅÄÖ](?:[a-zåäöéü]|[A-ZÅÄÖ]{1,3} ).{0,78})$/;
/**
 * A label may hold a year, a span of years or a decision's date code ("Förändringar 2023–2025",
 * "KF 220616 Bestämmelser …"), but one ending in a plain figure is a row of its own that lost
 * its break ("Uppsala 300"), not a label.
 */
const ENDS_IN_YEARS = /(?:^|[\s(])(?:19|20)\d{2}(?:[–-](?:19|20)?\d{2})?\)?$/;
const isRunChar = (c: string): boolean => (c >= '0' && c <= '9') || c === ' ' || c === ',';
/** The label ends in a figure standing alone ("Uppsala 300", "Övrigt -12"): scanned from the end, no pattern to backtrack. */
function endsInFigure(label: string): boolean {
  let at = label.length;
  while (at > 0 && isRunChar(label[at - 1]!)) at--;
  let first = at;
  while (first < label.length && label[first] === ' ') first++;
  if (first >= label.length || label[first]! < '0' || label[first]! > '9') return false;
  if (first === at && at > 0 && (label[at - 1] === '-' || label[at - 1] === '−')) at--;
  return at === 0 || first > at || /\s/.test(label[at - 1]!);
}
const labelOk = (label: string): boolean => ENDS_IN_YEARS.test(label) || !endsInFigure(label);

export interface GluedCellLine {
  value: SourceLine;
  label: SourceLine;
}

export function splitGluedCellLine(src: SourceLine): GluedCellLine | null {
  const c = src.raw.charCodeAt(0);
  // Most lines open with a letter or a space: rejected before any pattern runs.
  if (!((c >= 48 && c <= 57) || c === 45)) return null;
  const m = GLUED_VALUE.exec(src.raw.trimEnd());
  if (!m || !labelOk(m[2]!)) return null;
  const base = src.column ?? 1;
  return {
    value: { raw: m[1]!, line: src.line, column: base },
    label: { raw: m[2]!, line: src.line, column: base + m[1]!.length },
  };
}
