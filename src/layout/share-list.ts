import { textCell } from './region-list.js';
import type { Block, Grid, GridCell, TextBlock, TextLine } from './types.js';
import { listItemRunEnd } from './list-item-run.js';

/**
 * Bulleted or numbered items that each give one share in percent, the way annual reports and
 * press releases set out how costs, time or votes divide:
 *
 *   1. Förebyggande arbete: 18 %          • Skolor – 45 procent
 *   2. Vård och omsorg: 64 %              • Förskolor – 30 procent
 *   3. Administration: 18 %               • Fritid – 25 procent
 *
 * A run of at least MIN_ITEMS list items of one line, each a label set off by a colon or a dash
 * and one figure in percent with nothing after it, is a table of two columns, as a person reads
 * it: a grid of source `list` put right before the items. Item lists of money have their reader
 * (item-amount-list.ts); shares had none, so their figures were read as nothing. The items stay
 * prose as well (`alsoProse`), as amount items do: the text rules read them as before, and the
 * table, read for what it holds, is checked by no rule, so no sum is claimed of shares that may be
 * of different wholes.
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 100;
/** The share closing the item: a figure, maybe with a decimal comma, then "%" or "procent", maybe a full stop. */
const SHARE_END = /(?:^|[ \u00a0])([-−]?\d{1,3}(?:,\d+)?)[ \u00a0]?(?:%|procent)\.?$/;

type Span = [number, number];

interface Share {
  line: TextLine;
  label: Span;
  value: Span;
}

/** "Vård och omsorg: 64 %", "Skolor – 45 procent": the label, a separator, the share; or null. */
export function shareItem(line: TextLine): Share | null {
  const text = line.text.trimEnd();
  const m = SHARE_END.exec(text);
  if (!m) return null;
  const valueFrom = m.index + m[0].length - m[0].trimStart().length;
  let head = text.slice(0, valueFrom).trimEnd();
  const sep = head.slice(-1);
  if (!':–—-'.includes(sep) || head.length < 2) return null;
  head = head.slice(0, -1).trimEnd();
  const labelFrom = head.length - head.trimStart().length;
  const label = head.slice(labelFrom);
  if (label === '' || label.length > MAX_LABEL || !/^\p{L}/u.test(label) || /\d/.test(label)) return null;
  return { line, label: [labelFrom, head.length], value: [valueFrom, text.endsWith('.') ? text.length - 1 : text.length] };
}

function shareGrid(items: readonly Share[]): Grid {
  const rows = items.map((x) => {
    const cells: GridCell[] = [textCell(x.line, x.label), textCell(x.line, x.value)];
    return { cells, location: cells[0]!.location };
  });
  return { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0, alsoProse: true };
}

/** Every run of at least MIN_ITEMS one-line list items that all give a share: a grid before the run, the items left in place. */
export function addShareLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || b.role !== 'list-item') {
      out.push(b);
      i++;
      continue;
    }
    const j = listItemRunEnd(blocks, i);
    const run = blocks.slice(i, j) as TextBlock[];
    const items = run.map((x) => (x.lines.length === 1 ? shareItem(x.lines[0]!) : null));
    if (items.length >= MIN_ITEMS && items.every((x): x is Share => x !== null)) out.push(shareGrid(items));
    out.push(...run);
    i = j;
  }
  return out;
}
