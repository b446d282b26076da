import { isLeadInLine } from './lead-in-line.js';
import { detectInlineList } from './inline-list.js';
import { detectItemsAfterLeadIn } from './items-after-lead-in.js';
import { detectAlignedGrid } from './aligned-grid.js';
import { detectAmountFirstList } from './amount-first-list.js';
import { detectCellPerLineGrid } from './cell-per-line-grid.js';
import { isNumberTitleLine } from './row-numbers.js';
import { markHeaderLeftAbove } from './header-cells-above.js';
import { detectRowParagraphs, mayOpenRowParagraphs } from './row-paragraphs.js';
import { detectEmptyCellGrid } from './empty-cell-lines.js';
import { detectBlankLineCells, mayOpenBlankLineCells } from './blank-line-cells.js';
import { blankSeparatedTableAhead, detectBlankSeparatedCells, mayOpenBlankSeparatedCells } from './blank-separated-cells.js';
import { detectYearRows } from './year-rows.js';
import { detectYearSeriesLines } from './year-series-lines.js';
import { detectInlineYearSeries } from './inline-year-series.js';
import { detectYearHeadedRow } from './year-headed-row.js';
import { joinContinuedGrids } from './continued-grids.js';
import { joinFurtherItems } from './further-items.js';
import { adoptDetachedHeaders } from './detached-header.js';
import { detectFigureList } from './figure-list.js';
import { detectGluedRows, isGluedRow } from './glued-rows.js';
import { detectGluedValues } from './glued-values.js';
import { detectGluedDotRows, mayStartGluedDotRows } from './glued-dot-rows.js';
import { detectGluedSums, mayStartGluedSums } from './glued-sums.js';
import { detectCountRatePairs, mayStartCountRatePairs } from './count-rate-pairs.js';
import { detectGluedYearColumns, mayStartGluedYears } from './glued-year-columns.js';
import { splitGluedYearHeaders } from './glued-year-header.js';
import { setUnitLinesApart } from './unit-line-apart.js';
import { placeNoteRefLines } from './note-ref-lines.js';
import { liftInterruptions } from './interrupting-lines.js';
import { detectGluedRemarkRows, mayStartGluedRemarks } from './glued-remark-rows.js';
import { detectHeadingRecords, headingSpan, mayOpenRecords } from './heading-records.js';
import { detectLabelAmountLines } from './label-amount-lines.js';
import { detectChangeFromToList, mayStartChangeFromToList } from './change-from-to-list.js';
import { detectRegionPairs } from './region-pairs.js';
import { endsInSeparatedFigure } from './list-items.js';
import { detectInlineRegionList } from './inline-region-list.js';
import { detectWrappedInlineList } from './wrapped-inline-list.js';
import { detectNumberedGrid, isNumberedCaption } from './numbered-grid.js';
import { detectPipeRows, isPipeRow } from './pipe-rows.js';
import { detectOpenPipeRows, isEmptyFirstCellRow, isOpenPipeRow, opensOrContinuesRun } from './open-pipe-rows.js';
import { detectBarePipeRows, mayOpenBarePipeRows } from './bare-pipe-rows.js';
import { detectRegionList, detectRegionRecords, isListHeader, type ListLabelTest } from './region-list.js';
import { detectPlaceList } from './place-list.js';
import { placeShortRowsByYears } from './short-row-years.js';
import { placeShortRowsBySums } from './short-row-sums.js';
import { dropRepeatedHeaderRows } from './repeated-header-rows.js';
import { detectPriceLines, mayStartPrice } from './price-lines.js';
import { detectGluedUnitCells, mayStartGluedUnits } from './glued-unit-cells.js';
import { detectGluedDifference, mayStartGluedDifference } from './glued-difference.js';
import { detectSpacedGrid } from './spaced-columns.js';
import { captionOverTitles, textOverCaption } from './caption-over-titles.js';
import { captionNumberedSections } from './numbered-title.js';
import { detectNumberLabelRows, mayStartNumberLabelRows } from './number-label-rows.js';
import { detectYearColonLines, mayStartYearColonLines } from './year-colon-lines.js';
import { isOneCellRun } from './one-cell-run.js';
import { gridPacksValues } from './packed-values.js';
import type { SourceLine } from './source-line.js';
import { toTextLine } from './source-line.js';
import { detectTabGrid, isTabRow } from './tab-grid.js';
import { detectWrappedTabGrid, mayOpenWrappedTab } from './tab-label-wrap.js';
import { detectWrittenSums, writtenSumsAhead } from './written-sums.js';
import { detectUnitEndedCells, unitEndedCellsAhead } from './unit-ended-cells.js';
import { detectUnitValueLines } from './unit-value-lines.js';
import { detectTextColumnRecords } from './text-column-records.js';
import { splitLostBreaks } from './lost-line-break.js';
import { raggedCodeRowsAsTabs } from './ragged-code-rows.js';
import { splitGluedLeadIns } from './glued-lead-in.js';
import { splitFootersAfterRows } from './footer-after-row.js';
import { splitGluedHeadings } from './heading-glued-row.js';
import { splitRunOnBullets } from './run-on-bullets.js';
import { closeRowGaps } from './gapped-value-rows.js';
import { captionOnAligned } from './caption-on-aligned.js';
import { hasBlankDashes, splitFlattenedRows } from './flattened-rows.js';
import { withBlankDashes } from './blank-dash.js';
import { splitRunTogetherRows } from './run-together-rows.js';
import { joinDoubleSpacedGroups } from './double-spaced-groups.js';
import { setOneSpaceRows } from './one-space-row.js';
import { t } from '../messages/index.js';
import { splitGluedShares } from './glued-share.js';
import { spreadColumnGroups } from './column-groups.js';
import { attachTitlesAbove } from './gfm-titles-above.js';
import { addItemAmountLists } from './item-amount-list.js';
import { addShareLists } from './share-list.js';
import { joinListSections } from './list-sections.js';
import { gluedBulletLines, gluedMarkLength, withoutGluedMarks } from './glued-bullets.js';
import { SPACED_BULLET } from './bullet-marks.js';
import { readFigureRows } from './figure-rows-table.js';
import { detectLabelFigureLines } from './label-figure-lines.js';
import type { Block, Grid, TextBlock, TextLine } from './types.js';

/**
 * Turns source lines into blocks: headings, paragraphs, list items, and the grids that
 * plain text carries (tab-separated, numbered "Varav" tables, one cell per line, space-aligned).
 * Used by every text-like reader, so a table reads the same whatever file it came in.
 */
const HEADING = /^\s{0,3}(#{1,6})\s+/;
const BULLET = SPACED_BULLET;
const NUMBERED_ITEM = /^\s*\d{1,2}[.)]\s+(?=\S)/;
/** Lines (a lead-in and blank lines) that may stand between a list and its continuation. */
const MAX_LIST_GAP = 4;

/**
 * Press releases quote people in paragraphs that open with a dash: "– Vi gör nu en viktig
 * satsning, säger ministern." Such a paragraph is prose, not a list item. A run of dash
 * paragraphs is quotation when one of them attributes speech (säger, sa, menar …) or quotes.
 */
const DASH_LINE = /^\s*[–—]\s+/;
const SPEECH = /\b(?:säger|sa|sade|menar|anser|betonar|konstaterar|understryker|framhåller|fortsätter|berättar|förklarar|tillägger|påpekar)\b|[”»]/i;

function isQuotation(lines: SourceLine[], i: number): boolean {
  for (let j = i; j < lines.length && j < i + 40; j++) {
    const raw = lines[j]!.raw;
    if (raw.trim() === '') continue;
    // The run ends at a line that neither opens with a dash nor continues the paragraph above.
    if (j > i && !DASH_LINE.test(raw) && (BULLET.test(raw) || lines[j - 1]!.raw.trim() === '')) return false;
    if (SPEECH.test(raw)) return true;
  }
  return false;
}

/** A numbered list item ("1. Stärka …", "2) …") that is not a table row ending in a number. */
function isNumberedItem(raw: string): boolean {
  return NUMBERED_ITEM.test(raw) && (!/\d\s*$/.test(raw) || endsInSeparatedFigure(raw));
}

function stripPrefix(file: string, src: SourceLine, prefix: RegExp): TextLine {
  const m = prefix.exec(src.raw);
  return toTextLine(file, src, m ? m[0].length : 0);
}

export interface BlockOptions {
  /** Labels that make a list of "label: amount" lines a table (the reader passes region names). */
  isListLabel?: ListLabelTest;
  /** Labels that make a list of one amount a line a table besides regions (municipalities). */
  isPlaceLabel?: ListLabelTest;
}

/** An aligned grid whose cells are its columns: none packs several single-spaced values (see packed-values). */
const alignedKeepsCells = (found: ReturnType<typeof detectAlignedGrid>): boolean => found !== null && !gridPacksValues(found.grid);
/** A line over a blank line over an aligned table is its caption, not a header line of a single-spaced table. */
const captionOverAligned = (lines: SourceLine[], i: number): boolean =>
  (!lines[i]!.raw.includes('  ') && lines[i + 1]?.raw.trim() === '' && lines[i + 2]?.raw.includes('  ') === true && alignedKeepsCells(detectAlignedGrid('', lines, i + 2))) ||
  // Or right on top of it, over header lines of its own (caption-on-aligned.ts).
  captionOnAligned(lines, i, (k) => {
    const found = detectAlignedGrid('', lines, k);
    return found && alignedKeepsCells(found) ? found.grid : null;
  });

/** A line of rows run together that could not be cut is named in the table it stands in or next to, so it is not lost unseen. */
function reportRunTogether(file: string, blocks: Block[], d: SourceLine): void {
  const MAX_DISTANCE = 3;
  let best: Grid | null = null;
  let distance = Infinity;
  for (const b of blocks) {
    if (b.kind !== 'grid' || b.rows.length === 0) continue;
    const first = b.rows[0]!.location.line ?? 0;
    const last = b.rows[b.rows.length - 1]!.location.line ?? 0;
    const dist = d.line < first ? first - d.line : d.line > last ? d.line - last : 0;
    if (dist < distance) [best, distance] = [b, dist];
  }
  if (!best || distance > MAX_DISTANCE) return;
  const location = toTextLine(file, d).location;
  (best.problems ??= []).push({ message: t('reading.runTogetherRows', { line: d.raw.trim() }), location });
}

/**
 * A cell a line was written again for, whose reading the table did not settle (a label's number,
 * digit groups two spaces apart), is uncertain, so a sum over it warns.
 */
function markDoubts(blocks: Block[], doubts: Map<SourceLine, { cell: number; why: string }>): void {
  if (doubts.size === 0) return;
  const byLine = new Map([...doubts].map(([src, d]) => [src.line, d]));
  for (const b of blocks) {
    if (b.kind !== 'grid') continue;
    for (const r of b.rows) {
      const d = byLine.get(r.location.line ?? 0);
      const cell = d ? r.cells[d.cell] : undefined;
      if (d && cell) cell.uncertain ??= d.why;
    }
  }
}

export function linesToBlocks(file: string, sourceLines: SourceLine[], options: BlockOptions = {}): Block[] {
  // A source or update line run into a table's last row ends the table (footer-after-row.ts), and a
  // section heading with its note run into the first row under it is a line of its own (heading-glued-row.ts).
  // A figure run into the next heading is two lines (lost-line-break.ts), and so is a lead-in run into the first item or title (glued-lead-in.ts).
  // A page flattened into one line is cut into its rows (flattened-rows.ts).
  // A rule line between aligned rows is no row (rule-lines.ts), nor a page's number and running head inside a table (page-furniture.ts).
  // A blank line between a row's label and its line of values is no break (gapped-value-rows.ts).
  // A line naming only the unit over rows of one figure each is set apart from them, as the text stating their unit (unit-line-apart.ts).
  // A header of years that lost its separators over rows that kept theirs is written as the rows are (glued-year-header.ts).
  // A row's note reference set on a line of its own by the header or under its figures is put back in order (note-ref-lines.ts).
  // Two bullet items on one line, the second's marker after the first's full stop, are two lines (run-on-bullets.ts).
  // Several rows run together on one short line of a table are cut into rows (run-together-rows.ts).
  // A figure's digit groups set two spaces apart in a column that groups by one are one figure (double-spaced-groups.ts).
  const doubleSpaced = joinDoubleSpacedGroups(sourceLines);
  const runs = splitRunTogetherRows(splitFlattenedRows(splitLostBreaks(splitFootersAfterRows(splitGluedHeadings(splitGluedLeadIns(splitRunOnBullets(placeNoteRefLines(splitGluedYearHeaders(setUnitLinesApart(doubleSpaced.lines))))))))));
  // A row of a table in wide gaps whose label meets its figures by one space is set as the others (one-space-row.ts).
  const oneSpace = setOneSpaceRows(runs.lines);
  // A code column's table in unaligned gaps is read cell by cell, as tab rows (ragged-code-rows.ts).
  const lines = raggedCodeRowsAsTabs(closeRowGaps(oneSpace.lines));
  const blocks: Block[] = [];
  let current: TextBlock | null = null;
  const flush = (): void => {
    if (current && current.lines.some((l) => l.text.trim() !== '')) blocks.push(current);
    current = null;
  };
  // A line of running text: it goes on the paragraph being built, or opens one.
  const addParagraphLine = (src: SourceLine): void => {
    if (!current) current = { kind: 'text', role: 'paragraph', lines: [] };
    (current as TextBlock).lines.push(toTextLine(file, src));
  };
  let i = 0;
  // The last list of several amounts an item: a short list just after it in its shape goes on with it.
  let lastFigures: { end: number; shape: string } | null = null;
  // Bullets set right against their text, in a run of items giving amounts (glued-bullets.ts).
  const glued = gluedBulletLines(lines);
  let unglued: SourceLine[] | undefined;
  while (i < lines.length) {
    const src = lines[i]!;
    const raw = src.raw;
    // "#" over a column of row numbers, spaced as its rows (row-numbers.ts): a table's header, not a heading.
    const heading = HEADING.test(raw) && !isNumberTitleLine(raw, lines[i + 1]?.raw);
    if (raw.trim() === '') {
      flush();
      i++;
      continue;
    }
    if (glued.has(i)) {
      flush();
      // Glued items naming regions are a region list, as spaced bullets are (region-list.ts).
      unglued ??= withoutGluedMarks(lines, glued);
      const list = options.isListLabel ? detectRegionList(file, unglued, i, options.isListLabel) : null;
      if (list) {
        blocks.push(list.grid);
        i = list.end;
        continue;
      }
      current = { kind: 'text', role: 'list-item', lines: [toTextLine(file, src, gluedMarkLength(raw))] };
      i++;
      continue;
    }
    // Items each told as a share and "(från … till …)" (change-from-to-list.ts).
    const changes = mayStartChangeFromToList(lines, i) ? detectChangeFromToList(file, lines, i) : null;
    if (changes) {
      flush();
      blocks.push(changes.grid);
      i = changes.end;
      continue;
    }
    // Items listed after a colon inside a sentence: the lead stays prose, the items a list (inline-list.ts).
    const inline = detectInlineList(file, src, options.isListLabel);
    if (inline) {
      flush();
      // Further items right after a list go on with it (further-items.ts).
      if (!joinFurtherItems(blocks[blocks.length - 1], inline.lead, inline.grid)) blocks.push(inline.lead, inline.grid);
      i++;
      continue;
    }
    // Or on the line after their lead-in (items-after-lead-in.ts).
    const after = detectItemsAfterLeadIn(file, lines, i, options.isListLabel);
    if (after) {
      flush();
      blocks.push(after);
      i++;
      continue;
    }
    // A sentence stating an amount above a list or table is prose, not a first row (lead-in-line.ts).
    if (isLeadInLine(lines, i)) {
      addParagraphLine(src);
      i++;
      continue;
    }
    if (isPipeRow(raw)) {
      const found = detectPipeRows(file, lines, i);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    if (isOpenPipeRow(raw) || (isEmptyFirstCellRow(raw) && opensOrContinuesRun(lines, i, i))) {
      const found = detectOpenPipeRows(file, lines, i);
      if (found) {
        flush();
        blocks.push(...found.blocks);
        i = found.end;
        continue;
      }
    }
    // Cells set apart by " | ", no pipe at either end and no delimiter row (bare-pipe-rows.ts).
    if (mayOpenBarePipeRows(raw)) {
      const found = detectBarePipeRows(file, lines, i);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    // A tab table whose first label began on the line above (tab-label-wrap.ts).
    const wrappedTab = mayOpenWrappedTab(lines, i) ? detectWrappedTabGrid(file, lines, i) : null;
    if (wrappedTab) {
      flush();
      blocks.push(wrappedTab.grid);
      i = wrappedTab.end;
      continue;
    }
    if (isTabRow(raw)) {
      const found = detectTabGrid(file, lines, i);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    if (isNumberedCaption(raw)) {
      const found = detectNumberedGrid(file, lines, i);
      if (found) {
        flush();
        blocks.push({ kind: 'text', role: 'paragraph', lines: [toTextLine(file, src)] });
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    // Rows that write out their addition or product before its result (written-sums.ts); the
    // header lines above them stay text, so no other reader takes the rows with them.
    const written = detectWrittenSums(file, lines, i);
    if (written) {
      flush();
      blocks.push(written.grid);
      i = written.end;
      continue;
    }
    if (writtenSumsAhead(lines, i)) {
      addParagraphLine(src);
      i++;
      continue;
    }
    // Money cells that each end in their unit, padded any which way (unit-ended-cells.ts).
    const unitEnded = detectUnitEndedCells(file, lines, i);
    if (unitEnded) {
      flush();
      blocks.push(unitEnded.grid);
      i = unitEnded.end;
      continue;
    }
    if (unitEndedCellsAhead(lines, i)) {
      addParagraphLine(src);
      i++;
      continue;
    }
    // Cells of a count and its rate, "12/0,35", spaced or glued (count-rate-pairs.ts).
    const pairs = !heading && mayStartCountRatePairs(lines, i) ? detectCountRatePairs(file, lines, i) : null;
    if (pairs) {
      flush();
      blocks.push(pairs.grid);
      i = pairs.end;
      continue;
    }
    // Every separator lost and small values among the figures: sums decide the cut (glued-sums.ts).
    const sums = !heading && mayStartGluedSums(lines, i) ? detectGluedSums(file, lines, i) : null;
    if (sums) {
      flush();
      blocks.push(sums.grid);
      i = sums.end;
      continue;
    }
    // A deviation table glued without separators ("Servicenämnd673235": 67 − 32 = 35).
    const difference = !heading && mayStartGluedDifference(lines, i) ? detectGluedDifference(file, lines, i) : null;
    if (difference) {
      flush();
      blocks.push(difference.grid);
      i = difference.end;
      continue;
    }
    // Every separator lost under years set against each other ("201620152014" / "Hyror324311298").
    const gluedYears = mayStartGluedYears(lines, i) ? detectGluedYearColumns(file, lines, i) : null;
    if (gluedYears) {
      flush();
      blocks.push(gluedYears.grid);
      i = gluedYears.end;
      continue;
    }
    // Items, a figure and a remark, every separator lost ("Byggbonus33Statligt stöd …").
    const remarks = mayStartGluedRemarks(lines, i) ? detectGluedRemarkRows(file, lines, i) : null;
    if (remarks) {
      flush();
      blocks.push(remarks.grid);
      i = remarks.end;
      continue;
    }
    // Dotted figures run together row after row ("Ale 6.3486.914"), under a line of years or none (glued-dot-rows.ts).
    const gluedDots = !heading && mayStartGluedDotRows(lines, i) ? detectGluedDotRows(file, lines, i) : null;
    if (gluedDots) {
      flush();
      blocks.push(gluedDots.grid);
      i = gluedDots.end;
      continue;
    }
    // Cells that lost their separators ("Inkomster35 805146 43019 896"), with the header lines above them.
    const gluedValues = heading ? null : detectGluedValues(file, lines, i);
    if (gluedValues) {
      flush();
      blocks.push(...gluedValues.grids);
      i = gluedValues.end;
      continue;
    }
    // Cells that lost their separators but kept their units ("Åre14 310 tkr11,52"), under a header glued the same way.
    const gluedUnits = mayStartGluedUnits(lines, i) ? detectGluedUnitCells(file, lines, i) : null;
    if (gluedUnits) {
      flush();
      blocks.push(gluedUnits.grid);
      i = gluedUnits.end;
      continue;
    }
    if (isGluedRow(raw)) {
      const found = detectGluedRows(file, lines, i);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    // Facts under headings ("RIKET:" / "Förskollärare:" / "Män: 31 200" …): before the column readers, which would take a heading for a header.
    if (mayOpenRecords(raw) && !options.isListLabel?.(raw.slice(...headingSpan(raw)!))) {
      const records = detectHeadingRecords(file, lines, i);
      if (records) {
        flush();
        blocks.push(records.grid);
        i = records.end;
        continue;
      }
    }
    // A series by year, one "2005: 8 918" a line (year-colon-lines.ts); a line of words right above it is text, not a header.
    const next = lines[i + 1];
    if (!/\d/.test(raw) && next && mayStartYearColonLines(next.raw) && detectYearColonLines(file, lines, i + 1)) {
      addParagraphLine(src);
      i++;
      continue;
    }
    const yearColon = mayStartYearColonLines(raw) ? detectYearColonLines(file, lines, i) : null;
    if (yearColon) {
      flush();
      blocks.push(yearColon.grid);
      i = yearColon.end;
      continue;
    }
    // Rows named by rising numbers under a header of words ("Valör Miljoner kronor" / "20 1 021"): number-label-rows.ts.
    const numberLabels = mayStartNumberLabelRows(lines, i) ? detectNumberLabelRows(file, lines, i) : null;
    if (numberLabels) {
      flush();
      blocks.push(...numberLabels.blocks);
      i = numberLabels.end;
      continue;
    }
    // Rows pasted as paragraphs, one cell a line (row-paragraphs.ts): every line a cell, so tried
    // before single-spaced columns, which would split a figure's digit groups into cells.
    const rowParagraphs = mayOpenRowParagraphs(lines, i) ? detectRowParagraphs(file, lines, i) : null;
    if (rowParagraphs) {
      flush();
      blocks.push(rowParagraphs.grid);
      i = rowParagraphs.end;
      continue;
    }
    // Columns set apart by single spaces: tried before region lists, whose rows hold one value.
    if (!heading && (!raw.includes('  ') || !alignedKeepsCells(detectAlignedGrid(file, lines, i))) && !captionOverAligned(lines, i) && !captionOverTitles(file, lines, i) && !textOverCaption(file, lines, i)) {
      // One cell a line: "14 250" is one value, not two single-spaced cells (one-cell-run.ts).
      // A caption right above such a table is no header line of a spaced one: the table begins on the next line.
      const oneCellRun = isOneCellRun(lines, i);
      const oneCell = oneCellRun ? detectCellPerLineGrid(file, lines, i) : null;
      const captionOver = !oneCell && isOneCellRun(lines, i + 1) && detectCellPerLineGrid(file, lines, i + 1) !== null;
      const spaced = oneCell ? { grids: [oneCell.grid], end: oneCell.end } : captionOver ? null : withBlankDashes(hasBlankDashes(src), () => detectSpacedGrid(file, lines, i));
      if (spaced) {
        flush();
        for (const g of spaced.grids) placeShortRowsBySums(g);
        blocks.push(...spaced.grids);
        i = spaced.end;
        continue;
      }
    }
    if (options.isListLabel && raw.trim().length <= 40 && !/\d/.test(raw)) {
      const found = detectRegionRecords(file, lines, i, options.isListLabel) ?? detectRegionPairs(file, lines, i, options.isListLabel);
      if (found) {
        flush();
        blocks.push(found.grid);
        i = found.end;
        continue;
      }
    }
    if (options.isListLabel) {
      // Short lines without digits were tried as region records above.
      let list = /\d/.test(raw) || isListHeader(raw) ? detectRegionList(file, lines, i, options.isListLabel) : raw.trim().length > 40 ? detectRegionRecords(file, lines, i, options.isListLabel) : null;
      if (!list && options.isPlaceLabel && /\d/.test(raw)) list = detectPlaceList(file, lines, i, options.isPlaceLabel);
      // A region list run on in one sentence ("…: Region Uppsala 12,3 miljoner kronor, Region Skåne … och …").
      // Or one wrapped over the lines of its paragraph (wrapped-inline-list.ts).
      // Two items after a lead-in's colon are joined by "och" alone (inline-region-list.ts).
      const listLike = !list && /\d/.test(raw) && (raw.includes(', ') || (raw.includes(': ') && raw.includes(' och ')));
      const wrapped = listLike ? detectWrappedInlineList(file, lines, i, options.isListLabel) : null;
      const inline = wrapped ?? (listLike ? detectInlineRegionList(file, src, options.isListLabel) : null);
      if (inline) {
        flush();
        if (inline.lead) blocks.push(inline.lead);
        list = { grid: inline.grid, end: wrapped ? wrapped.end : i + 1 };
      }
      if (list) {
        flush();
        blocks.push(list.grid);
        // The sentences after an inline list's own on its line (inline-region-list.ts) stay prose.
        if (inline?.tail) blocks.push(inline.tail);
        i = list.end;
        continue;
      }
    }
    if (options.isListLabel && /\d/.test(raw)) {
      const first = detectAmountFirstList(file, lines, i, options.isListLabel);
      if (first) {
        flush();
        blocks.push(first.grid);
        i = first.end;
        continue;
      }
    }
    if (/\d/.test(raw)) {
      const figures = detectFigureList(file, lines, i, lastFigures && lastFigures.end >= i - MAX_LIST_GAP ? lastFigures.shape : undefined);
      if (figures) {
        flush();
        blocks.push(figures.grid);
        i = figures.end;
        lastFigures = figures;
        continue;
      }
    }
    // One amount a line after its label ("27 Mediepolitik 722 209"), maybe under a unit line: a table of one column.
    // Lines whose figures stand in aligned columns are left to the aligned reader below (a code column before the names).
    const amounts = heading || (raw.includes('  ') && alignedKeepsCells(detectAlignedGrid(file, lines, i))) ? null : detectLabelAmountLines(file, lines, i);
    if (amounts) {
      flush();
      blocks.push(amounts.grid);
      i = amounts.end;
      continue;
    }
    // Fees and prices one item a line, each amount with its currency ("Trygghetslarm 295 kronor per månad").
    const prices = !heading && mayStartPrice(lines, i) ? detectPriceLines(file, lines, i) : null;
    if (prices) {
      flush();
      blocks.push(prices.grid);
      i = prices.end;
      continue;
    }
    // A label and its figure with its unit a line ("Hällefors 27%", "Nämnd A: 4 200"): a list table.
    const unitValues = /\d/.test(raw) && !heading ? detectUnitValueLines(file, lines, i) : null;
    if (unitValues) {
      flush();
      blocks.push(unitValues.grid);
      i = unitValues.end;
      continue;
    }
    if (heading) {
      flush();
      blocks.push({ kind: 'text', role: 'heading', lines: [stripPrefix(file, src, HEADING)], level: HEADING.exec(raw)![1]!.length });
      i++;
      continue;
    }
    if (DASH_LINE.test(raw) && isQuotation(lines, i)) {
      flush();
      current = { kind: 'text', role: 'paragraph', lines: [toTextLine(file, src)] };
      i++;
      continue;
    }
    if (BULLET.test(raw)) {
      flush();
      current = { kind: 'text', role: 'list-item', lines: [stripPrefix(file, src, BULLET)] };
      i++;
      continue;
    }
    if (isNumberedItem(raw)) {
      flush();
      current = { kind: 'text', role: 'list-item', lines: [stripPrefix(file, src, NUMBERED_ITEM)] };
      i++;
      continue;
    }
    // A caption or a sentence right above a table of blank-separated cells is text, not a header cell (blank-separated-cells.ts).
    // Labels on lines of their own over their figures come first: the aligned reader would give a label the figures above it (label-figure-lines.ts).
    const grid = blankSeparatedTableAhead(lines, i) ? null : (detectLabelFigureLines(file, lines, i) ?? (raw.includes('  ') ? detectAlignedGrid(file, lines, i) : null) ?? (mayOpenBlankSeparatedCells(lines, i) ? detectBlankSeparatedCells(file, lines, i) : null) ?? detectEmptyCellGrid(file, lines, i) ?? (mayOpenBlankLineCells(lines, i) ? detectBlankLineCells(file, lines, i) : null) ?? detectCellPerLineGrid(file, lines, i) ?? detectTextColumnRecords(file, lines, i) ?? detectYearRows(file, lines, i) ?? detectYearSeriesLines(file, lines, i) ?? detectInlineYearSeries(file, lines, i) ?? detectYearHeadedRow(file, lines, i));
    if (grid) {
      placeShortRowsByYears(grid.grid);
      placeShortRowsBySums(grid.grid);
      flush();
      blocks.push(grid.grid);
      i = grid.end;
      continue;
    }
    addParagraphLine(src);
    i++;
  }
  flush();
  // A total row's 100 % glued to its amount is split off (glued-share.ts); group titles over
  // repeated years are put over their columns (column-groups.ts).
  // An advert's marker or a link between two rows is no row (interrupting-lines.ts).
  // A header pasted one cell a line that left titles above it may stand off its columns (header-cells-above.ts).
  // The header again inside a table printed over pages is no row (repeated-header-rows.ts).
  for (const b of blocks) if (b.kind === 'grid') dropRepeatedHeaderRows(b);
  for (const b of blocks) if (b.kind === 'grid') markHeaderLeftAbove(b, lines);
  for (const d of runs.doubts) reportRunTogether(file, blocks, d);
  // Rows cut from one line are read as the table's, but where one ended was not printed: a sum over their figures is uncertain.
  for (const b of blocks) {
    if (b.kind !== 'grid' || runs.cut.size === 0) continue;
    for (const r of b.rows) if (runs.cut.has(r.location.line ?? 0)) for (const c of r.cells.slice(1)) c.uncertain ??= t('reading.runTogetherCut');
  }
  markDoubts(blocks, new Map([...[...oneSpace.doubts].map(([src, why]) => [src, { cell: 1, why }] as const), ...doubleSpaced.doubts]));
  // Group titles one a line right above a pipe table are its first header row when they fit it (gfm-titles-above.ts).
  // Items of one amount each, of other things than regions, are read as a list table too; they stay prose (item-amount-list.ts).
  // Items of one share in percent each are read so too (share-list.ts).
  // A list in sections, each under its title and closed by its sum, is one list (list-sections.ts).
  // Last, rows of figures every reader above left as prose are read by their columns alone (figure-rows-table.ts).
  // The first numbered section's title, read as a list item, is its rows' caption (numbered-title.ts).
  return captionNumberedSections(file, readFigureRows(file, addShareLists(addItemAmountLists(joinListSections(liftInterruptions(joinContinuedGrids(adoptDetachedHeaders(attachTitlesAbove(blocks))).map((b) => (b.kind === 'grid' ? spreadColumnGroups(splitGluedShares(b)) : b))))))), lines);
}
