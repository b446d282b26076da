import type { SourceLine } from './source-line.js';
import type { Grid } from './types.js';

/**
 * A table's caption set right on top of a space-aligned table, no blank line between, as a
 * report copied from a PDF gives it:
 *
 *   Tabell 2. Partiernas avvikelser, miljoner kronor
 *                                   Regeringens     Avvikelse från regeringen
 *   Anslag                          förslag         M          C          V
 *   1:1 Polismyndigheten            27 415          +600       ±0         −150
 *
 * The caption has no run of spaces; read from it, the single-spaced reader would take it for a
 * header line and run the aligned header lines together ("Anslag förslag"). Where the aligned
 * table read from the next line has header lines of its own, the caption is no header line: the
 * table begins under it.
 */
const MAX_CAPTION = 200;

export function captionOnAligned(lines: SourceLine[], i: number, aligned: (k: number) => Grid | null): boolean {
  const raw = lines[i]!.raw;
  const t = raw.trim();
  const next = lines[i + 1]?.raw;
  if (t === '' || t.length > MAX_CAPTION || raw.includes('  ') || /\d\s*$/.test(t) || next?.includes('  ') !== true) return false;
  // A line the next goes on from in small letters at the margin ("Belopp i miljoner" / "kronor   2024   2025") is the labels' title wrapped, not a caption.
  if (/^\p{Ll}/u.test(next)) return false;
  const grid = aligned(i + 1);
  return grid !== null && (grid.headerRows ?? 0) > 0;
}
