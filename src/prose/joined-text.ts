import type { TextLine } from '../layout/types.js';
import type { Location } from '../model/location.js';

/**
 * The lines of a paragraph joined with single spaces, with a way back from an offset in the
 * joined text to the line and column (or page and box) it came from.
 */
export interface JoinedText {
  text: string;
  locate(offset: number, end?: number): Location;
}

export function joinLines(lines: TextLine[]): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text !== '') text += ' ';
    starts.push(text.length);
    text += line.text;
  }
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const columnOf = (line: TextLine, i: number): number | undefined => {
    if (line.columns) return line.columns[Math.min(i, line.columns.length - 1)];
    return line.location.column === undefined ? undefined : line.location.column + i;
  };
  return {
    text,
    locate(offset: number, end?: number): Location {
      const k = lineAt(offset);
      const line = lines[k]!;
      const i = offset - starts[k]!;
      const loc: Location = { ...line.location };
      const col = columnOf(line, i);
      if (col !== undefined) loc.column = col;
      else delete loc.column;
      delete loc.endColumn;
      if (end !== undefined && end > offset && lineAt(end - 1) === k) {
        const last = columnOf(line, end - 1 - starts[k]!);
        if (last !== undefined) loc.endColumn = last + 1;
      }
      return loc;
    },
  };
}
