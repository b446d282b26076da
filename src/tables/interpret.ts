import { joinWrappedUnitLabels } from './wrapped-unit-label.js';
import { joinHyphenWrappedLabels } from './hyphen-wrapped-label.js';
import { GLUED_DOT_DOUBT } from '../layout/glued-dot-pairs.js';
import { countScaleRows } from './count-scale-rows.js';
import { bareThousands } from './bare-thousands.js';
import { labelTitleInDoubt } from './label-title-doubt.js';
import { Decimal } from 'decimal.js';
import { findAmounts, parseCell } from '../../grammars/amount/index.js';
import { bracketed, isBlankMarker, isDash, isTextBlank, looksValue, noChangeAsZero, spelledUnit, splitNote } from '../layout/looks-numeric.js';
import type { Grid, TextLine } from '../layout/types.js';
import type { Anomaly } from '../model/amount.js';
import type { Problem } from '../model/document.js';
import type { Cell, Column, Row, RowKind, Table } from '../model/table.js';
import { t } from '../messages/index.js';
import { isTotalLabel, matchCodedRegion, matchRegion, regionByCode } from '../regions/index.js';
import { labelCellRegions, textColumnRegions } from './label-cell-regions.js';
import { readOcrLabels } from './ocr-labels.js';
import { countCaptionRows, countHeaderRows, headerPaths } from './header.js';
import { isUnreadFigure, unreadFigureColumns } from './unread-figure-columns.js';
import { ambiguousPoint, decimalPoints, dotReading, englishNumbers, fromEnglish, fromGroupedDotDecimals, groupedDotDecimals, withDecimalComma, withSpaceGroups } from './dot-groups.js';
import { reconcileUnits } from './reconcile-units.js';
import { dropImplausibleScale } from './implausible-scale.js';
import { setsOutClasses } from './class-bounds.js';
import { impliedUnit } from './implied-unit.js';
import { isNoteColumn } from './note-column.js';
import { placeNoteLedRows } from './note-led-rows.js';
import { withoutNoteReference } from './label-note-ref.js';
import { isMarkColumn } from './mark-column.js';
import { dotGroupColumns } from './dot-group-columns.js';
import { toMatrix, type Slot } from '../layout/grid-matrix.js';
import { isRowNumberColumn, isYearLabelColumn } from './row-number-column.js';
import { isCountyLetterColumn, isItemCodeColumn, isLetterCode, isLetterCodeColumn, isMunicipalityCode, isMunicipalityCodeColumn, spilledLabels } from './code-column.js';
import { columnUnit, moneyUnit, MONEY_HINT, RATE_HEADER, writtenThousand, type UnitScale } from './units.js';
import { bareNamesAsMunicipalities } from './city-and-county.js';
import { countyOfTownRows } from './county-of-towns.js';
import { regionBodies } from './region-body.js';
import { namesakeRegions } from './namesake-regions.js';
import { codedBlankRows } from './coded-blank-rows.js';
import { wholeCountyName } from './whole-county.js';
import { unlabelledSums } from './unlabelled-sums.js';
import { namedSums } from './named-sums.js';
import { cellsArePrices, cellsStateMoney } from './cell-money.js';
import { cellsStateEuro, euroFigure } from './euro-column.js';
import { isUngroupedCodeColumn } from './ungrouped-codes.js';
import { labelLeavesScale, labelScale } from './label-units.js';
import { namesAPart } from './item-labels.js';
import { isAcronymAmongNames, isAcronymLabel } from './acronym-label.js';
import { withCaptionTitles } from './caption-titles.js';
import { perHeadByNote } from './rate-unit.js';
import { statesPerHead } from './per-head.js';
import { jointRegions } from '../regions/joint.js';
import { namesMunicipalities } from './municipal-labels.js';
import { shareUnit } from './share-column.js';
import { leadPercent } from './lead-percent.js';
import { cellsArePercent } from './percent-cells.js';
import { stubUnitTitle } from './stub-unit-title.js';
import { stubCount } from './count-stub.js';
import { captionColumnUnits } from './caption-column-units.js';
import { countingColumn } from './count-title.js';
import { captionCount } from './caption-count.js';
import { signBracketedByTotal } from './bracket-negatives.js';
import { isStatisticLabel } from './statistic-row.js';
import { subAreaParts } from './sub-area.js';
import { areaGroupRows } from './area-rows.js';
import { codeLedLabel, ledMunicipalCodes } from './code-led-label.js';
import { letterCodeLabel } from './letter-code-label.js';
import { countyLetterLabel } from './county-letter-label.js';
import { countyColumns, countyOfRow } from '../regions/county-column.js';
import { hasDigitGroups, itemNumber, labelEndsInFigure, numbersAreCodes } from './numbered-items.js';
import { countyIn, trailingCountyColumn } from './trailing-county.js';

/**
 * Grid → Table, written once for every format: header paths, label column, units and
 * scale, row kinds, regions, and every cell read by the amount grammar. A cell that should
 * hold a number and does not is reported, never dropped.
 */
export interface Interpreted {
  table: Table | null;
  problems: Problem[];
  /** A grid without numbers is text set out in columns: handed back as prose lines. */
  prose: TextLine[];
}

const ZERO = new Decimal(0);

/** Caption text with its amounts cut out, so "av 3 000 000 000 kronor" does not set the unit. */
function unitText(text: string): string {
  let out = text;
  for (const a of findAmounts(text).reverse()) out = out.slice(0, a.start) + ' ' + out.slice(a.end);
  return out;
}

/** The header over the labels, and over a code column before them: the corner cell a unit may stand in ("Belopp i tkr" over codes). */
function cornerHeader(paths: string[][], labelCol: number, codes: Set<number>): string {
  const label = (paths[labelCol] ?? []).join(' ');
  return labelCol > 0 && codes.has(0) ? `${(paths[0] ?? []).join(' ')} ${label}`.trim() : label;
}

/** A unit note that is one noun ("personer", "elever", as a list writes after its counts), not a percent word: what the figures count. */
const COUNT_NOUN = /^\p{Ll}{2,16}$/u;

function tableUnit(grid: Grid, labelHeader: string, labels: readonly string[] = []): UnitScale | null {
  const note = grid.unitNote?.text.trim() ?? '';
  if (COUNT_NOUN.test(note) && !moneyUnit(note) && !/^(?:procent|promille|procentenheter)$/.test(note)) return { unit: /^(?:personer|invånare)$/.test(note) ? 'persons' : 'count', scale: 1 };
  const read = (s: string): UnitScale | null => writtenThousand(s) ?? moneyUnit(unitText(s));
  // A count named over the labels ("Antal", "Antal ansökningar") makes the figures a count, whatever money is named above (count-stub.ts).
  const counted = labelHeader ? stubCount(labelHeader, labels) : null;
  if (counted) return counted;
  // The header over the labels is nearer the figures: a money unit it names wins over another above the table.
  const corner = labelHeader ? read(labelHeader) : null;
  for (const s of [grid.unitNote?.text, grid.caption?.text]) {
    if (!s || namesTwoUnits(s)) continue;
    const u = read(s);
    if (u && corner && (u.unit !== corner.unit || u.scale !== corner.scale)) return corner;
    if (u) return u;
  }
  return corner;
}

/**
 * A caption that names its unit last after a comma and another money unit before it ("Intäkter i
 * tkr och kostnader per nämnd, mnkr"): which one holds for the table is not clear.
 */
function namesTwoUnits(text: string): boolean {
  const t = unitText(text);
  const comma = t.lastIndexOf(',');
  if (comma < 0) return false;
  const last = moneyUnit(t.slice(comma + 1));
  const before = moneyUnit(t.slice(0, comma));
  return last !== null && before !== null && (last.unit !== before.unit || last.scale !== before.scale);
}

function rowKind(label: string, values: Cell[], cells: Slot[]): RowKind {
  // A "<5" or ".." stands where a number would: the row is data whose value is not given.
  const hasValue = values.some((v) => v.value !== null || v.uncertain !== undefined);
  if (!hasValue) return 'other';
  if (label !== '' && isTotalLabel(label)) return 'total';
  // "varav X" breaks out part of the row above; summing it again would count it twice.
  if (/^(?:\d+(?:\.\d+)*\.?\s+)?(varav|därav)\b/i.test(label)) return 'other';
  if (/^(delsumma|delsummor|summa\s+\S)/i.test(label) && !isTotalLabel(label)) return 'subtotal';
  // "Medelvärde", "Genomsnitt", "Per invånare": a statistic of the rows, never one of the parts.
  if (isStatisticLabel(label)) return 'other';
  const nonEmpty = cells.filter((s) => s.cell.text.trim() !== '');
  if (nonEmpty.length > 0 && nonEmpty.every((s) => s.cell.bold) && !matchRegion(label)) return 'total';
  if (label === '') return 'other';
  return 'data';
}

/** Starts and ends with an ASCII digit. */
function digitEnds(n: string): boolean {
  const first = n.charCodeAt(0);
  const last = n.charCodeAt(n.length - 1);
  return first >= 48 && first <= 57 && last >= 48 && last <= 57;
}

/** A number with a decimal point and one or two decimals, no digit group possible: "1.79", "-0.5". */
const STRAY_POINT = /^[-−–+]?\d{1,3}\.\d{1,2}$/;

export function interpretGrid(source: Grid): Interpreted {
  const problems: Problem[] = [];
  // A scanned table's region labels as OCR misread them are named first (their rows uncertain).
  // Rows of a statement that print their note before the label or leave out an empty note cell (note-led-rows.ts).
  let grid = placeNoteLedRows(readOcrLabels(source));
  let m = toMatrix(grid);
  // A caption set as the table's first row ("Tabell 3. Medel per region, tkr" in one cell) is the caption, not a header.
  const captionRows = countCaptionRows(m);
  if (captionRows > 0) {
    const caption = m
      .slice(0, captionRows)
      .map((row) => row.find((s) => s.cell.text.trim() !== '')!.cell.text.trim())
      .join(' ');
    grid = { ...grid, caption: { text: caption, location: m[0]![0]!.cell.location }, rows: grid.rows.slice(captionRows) };
    // The format's header flag was on the caption row: where the header ends is for the rows to say.
    delete grid.headerRows;
    if (source.caption && !grid.unitNote) grid.unitNote = source.caption;
    m = m.slice(captionRows);
  }
  // Column titles printed at the end of the caption line make the header the table lacks.
  const titled = withCaptionTitles(grid);
  if (titled !== grid) m = toMatrix((grid = titled));
  if (m.length === 0 || (m[0]?.length ?? 0) < 2) return { table: null, problems, prose: gridAsProse(grid) };
  const headerRows = countHeaderRows(grid, m);
  const paths = headerPaths(m, headerRows);
  const width = m[0]!.length;
  const body = m.slice(headerRows).map((row) => withoutMissingCode(row, paths[0] ?? []));

  // Value columns: those with at least one number; the first text column is the label.
  // Code columns ("Kod", "Länskod": 01, 03 …) are labels: never summed, never the label.
  const codes = new Set<number>();
  // Zero-led short numbers read as figures (under a header of their own) might still be codes: a guess.
  const maybeCodes = new Set<number>();
  // Letter codes beside names (code-column.ts): a row may print its label where the code stands.
  const letterCodes = new Set<number>();
  // Note columns ("Not": 3, 14) are kept apart from codes: their cells point to the page's notes.
  const noteCols = new Set<number>();
  // Numeric code columns where a row prints its label in the code's cell ("Riket | | 1 000 |"), and their codes alone.
  const spillCols = new Set<number>();
  const codeTexts = new Map<number, string[]>();
  // Year columns of a long-format table: text beside the label, never summed.
  const yearLabels = new Set<number>();
  // Each column's texts, made once: the column tests below each read them, and the next column's.
  const columnTexts = Array.from({ length: width + 1 }, (_, c) => body.map((row) => row[c]?.cell.text ?? ''));
  // Each column's header as one text, made once for the many column tests below.
  const headerTexts = paths.map((p) => p.join(' '));
  for (let c = 0; c < width; c++) {
    const cells = columnTexts[c]!;
    const head = headerTexts[c] ?? '';
    // A note column under a group title ("Koncernen" / "Not") is titled by its own level, the last.
    if (isNoteColumn(paths[c]?.at(-1) ?? '', cells) || isNoteColumn(head, cells) || isMarkColumn(head, cells)) {
      codes.add(c);
      noteCols.add(c);
    } else if (isCodeColumn(head, cells, c === 0)) codes.add(c);
    else if (spilledCodes(head, cells, columnTexts[c + 1]!, c === 0)) {
      codes.add(c);
      spillCols.add(c);
      const spills = spilledLabels(cells, columnTexts[c + 1]!);
      codeTexts.set(c, cells.map((t, r) => (spills.has(r) ? '' : t)));
    }
    else if (isItemCodeColumn(head, cells, c === 0, columnTexts[c + 1]!)) codes.add(c);
    else if (isLetterCodeColumn(cells, c === 0, columnTexts[c + 1]!)) {
      codes.add(c);
      letterCodes.add(c);
    }
    // County letters after the names ("Stockholms län | AB") or before them: the rows' codes (code-column.ts).
    else if (isCountyLetterColumn(head, cells, columnTexts[c === 0 ? 1 : c - 1]!)) codes.add(c);
    // Five-digit numbers without a group space among grouped amounts ("10100" beside "-2 694 000"): codes (ungrouped-codes.ts).
    // First, only with names beside them: codes with no names beside are the rows' only labels.
    else if ((c > 0 || columnTexts[1]!.some((t) => /\p{L}{3}/u.test(t))) && isUngroupedCodeColumn(cells, columnTexts.filter((_, j) => j !== c))) codes.add(c);
    else if (zeroLed(cells)) maybeCodes.add(c);
    // Row numbers counting up by one label the rows (row-number-column.ts); so do years in a table of category, year and value.
    if (!codes.has(c) && isRowNumberColumn(head, cells)) {
      codes.add(c);
      maybeCodes.delete(c);
    }
    if (!codes.has(c) && isYearLabelColumn(head, cells)) yearLabels.add(c);
  }
  // Names beside municipality codes are municipalities ("0380 | Uppsala"), never the county of the same name.
  const municipal = [...codes].some((c) => isMunicipalityCodeColumn(headerTexts[c] ?? '', codeTexts.get(c) ?? columnTexts[c]!));
  const numeric: boolean[] = [];
  for (let c = 0; c < width; c++) {
    const t = (row: Slot[]): string => row[c]!.cell.text;
    const filled = body.filter((row) => row[c]!.origin && t(row).trim() !== '');
    // A column whose every cell is a marker ("..", ".", "–": nothing to report that year) is still a value column.
    const markersOnly = c > 0 && filled.length > 0 && filled.every((row) => isBlankMarker(t(row)) || isDash(t(row)));
    numeric.push(!codes.has(c) && !yearLabels.has(c) && (markersOnly || body.some((row) => row[c]!.origin && looksValue(t(row)) && !isDash(t(row)) && !isBlankMarker(t(row)))));
  }
  let labelCol = 0;
  // A spaced table's reader has set the labels apart already (a year may be a row's label).
  while (
    grid.source !== 'spaced' &&
    !grid.labelsSet &&
    labelCol < width - 1 &&
    (codes.has(labelCol) || (numeric[labelCol] && !body.some((row) => row[labelCol]!.cell.text.trim() !== '' && !looksValue(row[labelCol]!.cell.text))))
  )
    labelCol++;
  const valueCols: number[] = [];
  const textCols: number[] = [];
  for (let c = 0; c < width; c++) {
    if (c === labelCol || codes.has(c)) continue;
    (numeric[c] ? valueCols : textCols).push(c);
  }
  // Columns of figures in a form no reading takes: said, since no check reads them (unread-figure-columns.ts).
  for (const c of unreadFigureColumns(grid.source, textCols.map((c) => columnTexts[c]!), -1).map((k) => textCols[k]!)) {
    const cells = body.map((row) => row[c]!.cell).filter((cell) => isUnreadFigure(cell.text));
    problems.push({
      message: t('reading.unreadFigures', { column: (paths[c] ?? []).join(' / ') || String(c + 1), cells: cells.slice(0, 3).map((cell) => cell.text.trim()).join('", "') }),
      location: cells[0]!.location,
    });
  }
  if (valueCols.length === 0) return { table: null, problems, prose: gridAsProse(grid) };

  // Names among municipalities only are municipalities too ("Kalmar" beside "Nybro" and "Emmaboda");
  // where a code column is printed, its codes tell a county's row from a municipality's ("01" / "0127").
  const labelHeader = headerTexts[labelCol] ?? '';
  const towns = municipal || (codes.size === 0 && (ledMunicipalCodes(labelHeader, columnTexts[labelCol]!) || namesMunicipalities(columnTexts[labelCol]!)));
  // Percent stated only in the sentence before the table ("… i procentenheter:").
  // A unit beside classes of an amount ("inkomst (tkr)" over "0-39 40-79 …") is the classes', not the counts' (class-bounds.ts).
  const classes = setsOutClasses([grid.unitNote?.text ?? '', grid.caption?.text ?? '', ...headerTexts].join(' '));
  const tUnit =
    (classes ? null : tableUnit(grid, cornerHeader(paths, labelCol, codes), columnTexts[labelCol]) ?? stubUnitTitle(valueCols.map((c) => headerTexts[c] ?? ''))) ??
    leadPercent(grid, valueCols.flatMap((c) => columnTexts[c]!));
  const context = [grid.caption?.text ?? '', ...headerTexts].join(' ');
  // Figures per head or means (per-head.ts): whole numbers among them are rounded, not exact.
  const perHead = statesPerHead(grid, cornerHeader(paths, labelCol, codes));
  const columns: Column[] = valueCols.map((c) => {
    const header = paths[c] ?? [];
    // A share printed without its % sign ("Ägarfördelning" 25 / 50 / 25) is percent, never money.
    const own = bareThousands(header.join(' '), countingColumn(header, columnUnit(header.join(' '))) ?? shareUnit(header.join(' '), columnTexts[c]!, tUnit !== null), tUnit);
    const percentCells = cellsArePercent(body.map((row) => row[c]!.cell.text));
    const cellsAreMoney = !own && !tUnit && cellsStateMoney(columnTexts[c]!);
    const cellsAreEuro = !own && !tUnit && !cellsAreMoney && cellsStateEuro(columnTexts[c]!);
    const stated = own ?? (percentCells ? { unit: 'percent' as const, scale: 1 } : cellsAreMoney ? { unit: 'SEK' as const, scale: 1 } : cellsAreEuro ? { unit: 'EUR' as const, scale: 1 } : tUnit) ?? captionCount(grid.caption?.text, grid.lead?.text);
    const u: UnitScale | null = stated ?? (MONEY_HINT.test(context) ? { unit: 'SEK', scale: 1 } : null);
    const column: Column = { header, unit: u?.unit ?? null, scale: u?.scale ?? 1 };
    if (!stated && u) column.unitGuessed = true;
    if (RATE_HEADER.test(header.join(' '))) column.rate = true;
    if (perHeadByNote(grid.unitNote?.text, header)) column.rate = true;
    if (cellsArePrices(columnTexts[c]!)) column.rate = true;
    // A group header whose span the layout had to guess (PDF: centred over ranges of several widths).
    const guessed = m.slice(0, headerRows).find((row) => row[c]!.cell.header && row[c]!.cell.uncertain !== undefined);
    if (guessed) column.groupUncertain = guessed[c]!.cell.text.replace(/\s+/g, ' ').trim();
    if (grid.headerLeftAbove) column.titleUncertain = grid.headerLeftAbove.join(' / ');
    return column;
  });

  leadingHeaderUnit(columns);
  captionColumnUnits(grid.caption?.text, columns);
  impliedColumns(grid, columns, body, valueCols);
  // Each value cell split from its note once: the dot reading and the cell reading both need it.
  const splits = body.map((row) => valueCols.map((c) => (row[c]!.origin ? splitNote(row[c]!.cell.text) : null)));
  // The figures of every value cell in one list, made once for the three readings of it.
  // A run of two dotted figures left unread (glued-dot-pairs.ts) is no figure: it does not make the table's dots decimal points.
  const figures = splits.flatMap((row, r) => row.map((s, k) => (body[r]![valueCols[k]!]!.cell.uncertain === GLUED_DOT_DOUBT ? '' : (s?.number ?? ''))));
  // Dots both between groups and before the öre ("155.974.54"): a reading of its own, before the others.
  const ledger = groupedDotDecimals(figures);
  const dots = ledger ? { groups: false, certain: false } : dotReading(figures);
  const points = !ledger && !dots.groups && decimalPoints(figures);
  const english = !ledger && !dots.groups && !points && englishNumbers(figures);
  // A column of dot-grouped counts beside decimal commas (dot-group-columns.ts): its own reading.
  const dotCols = !ledger && !dots.groups && !points && !english ? dotGroupColumns(valueCols.map((_, k) => splits.map((row) => row[k]?.number ?? ''))) : new Set<number>();
  const rows: Row[] = [];
  // The headers of the label column and the other text columns, when they name a county and a municipality column.
  const labelColumnHeaders = [labelHeader, ...textCols.map((c) => (paths[c] ?? []).join(' '))];
  const countyCols = textCols.length > 0 ? countyColumns(labelColumnHeaders) : null;
  // A county column after the figures: the row's county, not part of its label (trailing-county.ts).
  const countyAfter = textCols.length > 0 && !countyCols ? trailingCountyColumn(textCols, valueCols, (c) => (paths[c] ?? []).join(' '), (c) => columnTexts[c]!) : null;
  // Rows whose label states their scale ("Balansomslutning, mnkr") beside rows that state none: a
  // column sum over both mixes scales read from labels, so such a cell is a reading, not a certainty.
  const labelScales = body.map((srow) => labelScale(withoutNoteMark(srow[labelCol]!.cell.text.replace(/\s+/g, ' ').trim())));
  const mixedLabelScales = new Set(labelScales).size > 1;
  // Thousands stated in a row's label and carried down its block of counts (count-scale-rows.ts).
  const countScales = countScaleRows(body.map((srow) => withoutNoteMark(srow[labelCol]!.cell.text.replace(/\s+/g, ' ').trim())), body.map((srow) => valueCols.some((c) => srow[c]!.origin && srow[c]!.cell.text.trim() !== '')));
  // A numbered grid's numbers may be codes ("03 Region Uppsala"), and its lines may hold more figures than the value read (numbered-items.ts).
  const itemLabels = grid.source === 'numbered' ? body.map((srow) => srow[labelCol]!.cell.text.replace(/\s+/g, ' ').trim()) : [];
  const itemCodes = numbersAreCodes(itemLabels);
  // Text columns joined to the label ("Blekinge län | K | Karlskrona"): the label cell's own region (label-cell-regions.ts).
  // Or a grouping first ("Svealand | Stockholms län"): the region the row's own name in a text column names.
  const cellText = (srow: Slot[], c: number): string => withoutNoteMark(srow[c]!.cell.text.replace(/\s+/g, ' ').trim());
  const ownRegions =
    textCols.length > 0 && !countyCols && !towns
      ? (labelCellRegions(body.map((srow) => cellText(srow, labelCol)), regionOf) ??
        textColumnRegions(textCols.filter((c) => c !== countyAfter).map((c) => body.map((srow) => cellText(srow, c))), regionOf))
      : null;
  const moreFigures = itemLabels.some((l) => itemNumber(l) !== null && labelEndsInFigure(l));
  // The codes the rows carry, in a code column or leading the labels: a four-digit one among two-digit ones is a municipality's.
  const rowCodes = body.map((_, r) => [...codes].filter((c) => !noteCols.has(c)).map((c) => (codeTexts.get(c) ?? columnTexts[c]!)[r]!.trim()).find((t) => t !== '') ?? '');
  const ledCodes = codes.size === 0 ? columnTexts[labelCol]!.map((l) => codeLedLabel(labelHeader, l.replace(/\s+/g, ' ').trim())?.code ?? '') : [];
  for (const [r, srow] of body.entries()) {
    const labelSlot = srow[labelCol]!;
    const printed = labelSlot.cell.text.replace(/\s+/g, ' ').trim();
    let label = withoutNoteMark(withoutNoteReference(printed));
    // The label's footnote mark is the page's: kept on the row, apart from the words.
    const labelNote = label !== printed ? printed.slice(label.length).trim() : '';
    // A label printed in the letter-code column, its name cell empty ("| Summa | | 350 |").
    const spilled =
      label === ''
        ? ([...letterCodes].map((c) => srow[c]!.cell.text.trim()).find((t) => t !== '' && !isLetterCode(t)) ??
          [...spillCols].map((c) => srow[c]!.cell.text.trim()).find((t) => t !== '' && !/\d/.test(t)))
        : undefined;
    if (spilled !== undefined) label = withoutNoteMark(spilled.replace(/\s+/g, ' '));
    const extra = textCols.filter((c) => c !== countyAfter).map((c) => srow[c]!.cell.text.trim()).filter((t) => t !== '');
    if (extra.length > 0) label = [label, ...extra].filter((t) => t !== '').join(' | ');
    // A code read into the label under a code column's title ("1000   Höör" under "Kod   Kommun"): code-led-label.ts.
    const led = codes.size === 0 ? (codeLedLabel(labelHeader, label) ?? letterCodeLabel(labelHeader, label) ?? countyLetterLabel(labelHeader, label)) : null;
    if (led) label = led.label;
    let number: string | undefined;
    let itemCode: string | undefined;
    const numbered = grid.source === 'numbered' ? itemNumber(label) : null;
    if (numbered) {
      if (itemCodes) itemCode = numbered.number;
      else number = numbered.number;
      label = numbered.label;
    }
    const unreadable: string[] = [];
    const cells: Cell[] = valueCols.map((c, k) => {
      const slot = srow[c]!;
      const col = columns[k]!;
      const raw = slot.origin ? slot.cell.text.trim() : '';
      const location = slot.cell.location;
      if (raw === '') return { raw, value: null, precision: ZERO, anomalies: [], location };
      // A dash is read as nothing (zero), but whether it means zero or "not given" the page does not say.
      if (isDash(raw)) return { raw, value: ZERO, precision: ZERO, anomalies: [], location, uncertain: raw };
      if (isBlankMarker(raw)) return { raw, value: null, precision: ZERO, anomalies: [], location, uncertain: raw };
      const inner = bracketed(raw);
      const split = inner !== null ? { number: inner, note: null } : splits[r]![k]!;
      const note = split.note;
      const transform = (n: string): string => (ledger ? fromGroupedDotDecimals(n) : dots.groups || dotCols.has(k) ? withSpaceGroups(n) : points ? withDecimalComma(n) : english ? fromEnglish(n) : n);
      const number = transform(split.number);
      // A non-breaking hyphen ("‑928", U+2011) is a minus sign that keeps the number on one line; a plus ("+2%") marks a rise.
      // "+/-0", "±0": no change, a zero (looks-numeric.ts).
      // A cell that starts and ends with a digit (most do) has no sign, no-change mark or unit
      // word for those to rewrite: it goes to the cell reader as it is.
      // "1 039,50 €", "1 039, 50": the currency taken off, the decimals closed up (euro-column.ts).
      const read = (written: string) => {
        const n = digitEnds(written) ? written : euroFigure(written).text;
        return parseCell(digitEnds(n) ? n : spelledUnit(noChangeAsZero(n).replace(/^\u2011/, '-').replace(/^\+(?=\s?\d)/, '')));
      };
      // A decimal point among decimal commas ("+1.79" under "+0,97"): one or two decimals are no
      // digit group, so it is the decimal sign, written as another page would; a reading, marked so.
      const strayPoint = !ledger && !dots.groups && !points && !english && STRAY_POINT.test(number);
      // Two dotted figures that may be run together, split more than one way (glued-dot-pairs.ts): never read as one.
      const parsed = slot.cell.uncertain === GLUED_DOT_DOUBT ? null : (read(number) ?? (strayPoint ? read(number.replace('.', ',')) : null));
      if (!parsed) {
        const blank: Cell = { raw, value: null, precision: ZERO, anomalies: [], location, uncertain: raw };
        if (isTextBlank(raw)) return blank;
        unreadable.push(raw);
        problems.push({
          message: t('reading.notANumber', { cell: raw, row: label, column: col.header.join(' / ') }),
          location,
        });
        return blank;
      }
      const own = parsed.scale !== 1 || parsed.unit === 'percent' || (col.unit === 'SEK' && col.scale !== 1 && labelLeavesScale(label));
      // A column without a stated scale, a row whose label states its own ("Balansomslutning, mnkr"): the row's scale.
      const counted = countScales?.[r] ?? null;
      const rowScale = !own && col.scale === 1 && col.unit !== 'percent' ? (labelScale(label) ?? counted?.scale ?? null) : null;
      const scale = own ? 1 : (rowScale ?? col.scale);
      // Whole kronor and whole persons written out in full are exact, not rounded to ±0,5; a
      // figure per head or a mean is a rounded quotient however it is written.
      const exact = !perHead && !col.rate && scale === 1 && parsed.scale === 1 && parsed.unit !== 'percent' && col.unit !== 'percent' && parsed.written.isInteger();
      const anomalies: Anomaly[] = parsed.anomalies;
      const cell: Cell = {
        raw,
        value: scaled(own ? parsed.value : parsed.written, scale),
        precision: exact ? ZERO : scaled(parsed.precision, scale),
        anomalies,
        location,
      };
      if (note !== null) cell.note = note;
      // The other split of the line between label and value (label-split.ts), read the same way.
      const other = slot.cell.alternative !== undefined ? read(transform(splitNote(slot.cell.alternative).number)) : null;
      if (other) cell.alternative = { raw: slot.cell.alternative!, value: scaled(own ? other.value : other.written, scale), precision: exact ? ZERO : scaled(other.precision, scale) };
      if (rowScale !== null && (mixedLabelScales || (counted?.carried === true && rowScale === counted.scale))) cell.uncertain = raw;
      // The layout could not tell which digits belong to this cell: the number is a reading, not a certainty.
      if (slot.cell.uncertain !== undefined) cell.uncertain = raw;
      if (slot.cell.placedByGuess) cell.placedByGuess = true;
      // Dots read as digit groups from the table's other numbers, none proving it; or a dotted number of another shape among them.
      if (dots.groups && split.number.includes('.') && (!dots.certain || number === split.number)) cell.uncertain = raw;
      if (dotCols.has(k) && split.number.includes('.')) cell.uncertain = raw;
      // A decimal point of a grouping's shape, read so only by the table's other numbers.
      if ((points || ledger) && ambiguousPoint(split.number)) cell.uncertain = raw;
      if (english && split.number.includes(',')) cell.uncertain = raw;
      if (strayPoint) cell.uncertain = raw;
      if (maybeCodes.has(c)) cell.uncertain = raw;
      // In parentheses: outside the sum, last year's or negative, the page does not say.
      if (inner !== null) cell.uncertain = raw;
      // "ca 4,5", "drygt 300": the page gives the figure as approximate, so a sum over it cannot be wrong for certain.
      if (parsed.qualifier !== 'exact') cell.uncertain = raw;
      // Decimals joined by reading, or euro under a column of another unit: a reading.
      const eur = digitEnds(number) ? null : euroFigure(number);
      if (eur !== null && (eur.spaced || (eur.euro && col.unit !== 'EUR'))) cell.uncertain = raw;
      return cell;
    });
    // What OCR recognised stays marked as such, however it was read.
    valueCols.forEach((c, k) => {
      const by = srow[c]!.cell.readBy;
      if (by && cells[k]!.raw !== '') cells[k]!.readBy = by;
      // More figures on the items' lines than the one read: "368 199" may be two of them.
      else if (moreFigures && cells[k]!.value !== null && hasDigitGroups(cells[k]!.raw)) cells[k]!.readBy = 'spaced';
    });
    const kind = number !== undefined ? (cells.some((c) => c.value !== null) ? 'data' : 'other') : rowKind(label, cells, srow.slice(1));
    const code = spilled === undefined ? [...codes].filter((c) => !noteCols.has(c)).map((c) => srow[c]!.cell.text.trim()).find((t) => t !== '') : undefined;
    // A four-digit code among counties' two-digit ones ("0380 | Uppsala" under "03 | Uppsala"): the municipality, no county.
    const town = (code !== undefined && isMunicipalityCode(code, rowCodes, isCountyCode)) || (led !== null && isMunicipalityCode(led.code, ledCodes, isCountyCode));
    const region = kind === 'data' && !towns && !town ? (regionOf(label) ?? (extra.length > 0 ? (ownRegions?.[r] ?? null) : null)) : null;
    const row: Row = { label, kind, region, cells, location: labelSlot.cell.location };
    // A row naming two counties together covers both ("Västra Götaland och Halland").
    const joint = kind === 'data' && region === null ? jointRegions(label) : null;
    if (joint) row.regions = joint;
    // "Län | Kommun | Belopp": the municipality's county, from the county column (regions/county-column.ts).
    const county = kind === 'data' && countyCols ? countyOfRow(labelColumnHeaders, [labelSlot.cell.text, ...textCols.map((c) => srow[c]!.cell.text)], countyCols) : null;
    if (county) row.county = county.region;
    const after = countyAfter !== null ? countyIn(srow[countyAfter]!.cell.text) : null;
    if (after) row.county = after;
    const noteRef = [...noteCols].map((c) => srow[c]!.cell.text.trim()).find((t) => t !== '' && !isDash(t));
    if (code !== undefined) row.code = code;
    else if (led) row.code = led.code;
    else if (itemCode !== undefined) row.code = itemCode;
    if (number) {
      row.number = number;
      row.level = number.split('.').length;
    }
    if (unreadable.length > 0) row.unreadable = unreadable;
    const note = [spilled === undefined ? labelNote : '', noteRef ?? ''].filter((t) => t !== '').join(' ');
    if (note !== '') row.note = note;
    rows.push(row);
  }

  // "I arbetskraften," over "1 000-tal 289,4 …": one row, its label wrapped before its unit (wrapped-unit-label.ts).
  joinWrappedUnitLabels(rows);
  // "Väst-" over "manlands län | 4 | 1 200 000": one row, its label broken at a hyphen (hyphen-wrapped-label.ts).
  joinHyphenWrappedLabels(rows, (label) => (towns ? null : regionOf(label)));
  // A list names one thing a line; a name in capitals there is an acronym ("FOI"), not a section sum.
  if (grid.source !== 'list') capitalSums(rows);
  // A sum line printed without a label under the rows it adds up (unlabelled-sums.ts).
  unlabelledSums(rows, columns);
  // "Totalt intäkter" that its rows above make exactly: the section's subtotal, as "Summa intäkter" (named-sums.ts).
  namedSums(rows, columns);
  // A region with its code and no figure among regions coded alike: a row with blank cells, no heading (coded-blank-rows.ts).
  if (!towns) codedBlankRows(rows, regionOf);
  bareNamesAsMunicipalities(rows);
  // "Länet" among one county's municipalities: the county's row (county-of-towns.ts).
  countyOfTownRows(rows);
  // "Jönköpings länstrafik" among counties: the body that does the table's work in its county (region-body.ts).
  if (!towns) regionBodies(rows);
  // "Region Stockholm" among "Region Nord", "Region Syd", …: an agency's region named after a county (namesake-regions.ts).
  namesakeRegions(rows);
  // "del av Stockholms län" under "Stockholms län": a part of the row above, as "varav" (sub-area.ts).
  subAreaParts(rows);
  // "Norrland", "Riket i övrigt", "Storstadslänen" among the regions: groups of them, no addends (area-rows.ts).
  areaGroupRows(rows);
  dropImplausibleScale(columns, rows);
  sharpenPrecision(columns, rows);
  // "(12)" is negative where only so do the rows add up to the total (bracket-negatives.ts).
  signBracketedByTotal(rows, columns.length);
  const first = grid.rows[0]!;
  const table: Table = {
    caption: grid.caption?.text ?? null,
    unit: tUnit?.unit ?? null,
    scale: tUnit?.scale ?? 1,
    columns,
    rows,
    location: first.cells[0]?.location ?? first.location,
    labelHeader: labelHeader === '' ? null : labelHeader,
  };
  if (grid.caption) table.captionLocation = grid.caption.location;
  const unitAbove = labelTitleInDoubt(grid, paths, labelCol);
  if (unitAbove !== null) table.labelTitleInDoubt = unitAbove;
  table.kind = grid.source === 'list' ? 'list' : 'grid';
  if (source.alsoProse) table.alsoProse = true;
  if (grid.source === 'list' && grid.caption) {
    // The lead-in's one amount of money is what the list is said to add up to.
    const money = findAmounts(grid.caption.text).filter((a) => a.unit === 'SEK' && a.qualifier === 'exact');
    if (money.length === 1) {
      const a = money[0]!;
      const exact = a.scale === 1 && a.written.isInteger();
      table.statedTotal = { raw: a.raw, value: a.value, precision: exact ? ZERO : a.precision, location: grid.caption.location };
    }
  }
  reconcileUnits(table);
  return { table, problems, prose: [] };
}

/**
 * `x` times a column's scale. Most columns have scale 1, where the product is `x` itself unless
 * it has more significant digits than Decimal's precision (which `times` rounds to): the
 * multiplication is skipped there (decimal.js's `times` is slow until V8 has compiled it, and
 * a document is read once).
 */
function scaled(x: Decimal, scale: number): Decimal {
  return scale === 1 && x.sd() <= Decimal.precision ? x : x.times(scale);
}

/**
 * Income statements and cost tables set their section sums in capitals among ordinary rows
 * ("HÄLSO- OCH SJUKVÅRD" over its parts, "VERKSAMHETENS NETTOKOSTNADER" under them,
 * "TOTALA KOSTNADER"). In a table whose other rows are in ordinary case, a row in capitals
 * next to ordinary rows is a sum: a total when it says so, otherwise a subtotal (whether of
 * the rows above or below it is for the structure search to find out from the figures).
 */
const capitals = (label: string): boolean => !/[a-zåäöéü]/.test(label) && /[A-ZÅÄÖ]{2}/.test(label);
const TOTAL_WORD = /^(?:TOTALT?|TOTALA|SUMMA|S:A)\b/;

function capitalSums(rows: Row[]): void {
  const caps = (r: Row): boolean => capitals(r.label);
  const ordinary = (r: Row | undefined): boolean => r !== undefined && r.kind === 'data' && !caps(r);
  if (!rows.some(ordinary) || !rows.some((r) => r.kind === 'data' && caps(r))) return;
  rows.forEach((r, i) => {
    if (r.kind !== 'data' || !caps(r)) return;
    // "- SMF": an item of a group named by its abbreviation, not a sum (item-labels.ts).
    if (!TOTAL_WORD.test(r.label) && namesAPart(r.label)) return;
    // "SSIF", "LRF": an organisation's abbreviation among other names, not a sum.
    if (!TOTAL_WORD.test(r.label) && isAcronymLabel(r.label)) return;
    if (!TOTAL_WORD.test(r.label) && isAcronymAmongNames(r.label, rows.map((x) => x.label))) return;
    if (TOTAL_WORD.test(r.label)) r.kind = 'total';
    else if (ordinary(rows[i + 1]) || ordinary(rows[i - 1])) r.kind = 'subtotal';
    r.region = null;
  });
}

/**
 * A footnote reference after a row label, spaced or set against it: "Utgiftsområden, exkl.
 * räntor 1)", "Myndigheter i RGK2)", "Övriga bidrag¹", "Summa*". The label is the words; the
 * note is the page's, read from its footnote. A "(…" left open is not closed by the mark, so
 * "(se not 1)" stays whole.
 */
const LABEL_NOTE = /(?<=[A-Za-zÅÄÖåäöé.])\s?(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*{1,3})$/;

/** The characters LABEL_NOTE can end with: most labels end in a letter and skip the pattern. */
const LABEL_NOTE_END = new Set([')', '*', ...'¹²³⁴⁵⁶⁷⁸⁹⁰']);

function withoutNoteMark(label: string): string {
  if (!LABEL_NOTE_END.has(label.charAt(label.length - 1))) return label;
  const m = LABEL_NOTE.exec(label);
  if (!m) return label;
  const rest = label.slice(0, m.index);
  if (m[0].trim().endsWith(')') && (rest.match(/\(/g) ?? []).length > (rest.match(/\)/g) ?? []).length) return label;
  return rest.trimEnd();
}

/**
 * A county's administrative board ("Länsstyrelsen i Kalmar län") stands for its county, also as an
 * appropriation post: a code before it and a note on the kind of post after it ("ap.8 Länsstyrelsen
 * i Gotlands län (ram)").
 */
const POST_CODE = /^(?:[a-zåäö]{1,4}\.\s?)?\d+(?:[.:]\d+)*\s+(?=\S)/i;
const POST_NOTE = /\((?:ram|ramanslag|obet|obetecknat|ramanslagspost)\)$/i;

function regionOf(label: string): ReturnType<typeof matchRegion> {
  const direct = matchRegion(label) ?? (/^länsstyrelsen\si\s/i.test(label) ? matchRegion(label.slice('länsstyrelsen i '.length)) : null);
  if (direct) return direct;
  const whole = wholeCountyName(label);
  if (whole !== null) return matchRegion(whole);
  // The county's code before its name ("01 Stockholms län", "AB Stockholms län").
  const coded = matchCodedRegion(label);
  if (coded) return coded;
  const post = label.replace(POST_CODE, '').replace(POST_NOTE, '').trimEnd();
  if (post === label || !/^länsstyrelsen\si\s/i.test(post)) return null;
  return matchRegion(post.slice('länsstyrelsen i '.length));
}

/**
 * A column of codes: its header says so ("Kod", "Länskod", "Kommunkod", "Nr", "Konto": account numbers), or every cell
 * is a short number and some are written with a leading zero ("01", "03"), which no amount is.
 */
const CODE_HEADER = /^(?:läns|kommun|region|organisations|kontos?)?(?:kod|nummer|nr)\b|^nr\.?$|^konto$/i;

/**
 * A row that has no code in a code column ("Riket | 10 587 710 | …" under "Kod | Namn | …")
 * is written one cell to the left, its last cell empty: its name goes under the names and
 * its figures under their headers.
 */
function withoutMissingCode(row: Slot[], firstPath: readonly string[]): Slot[] {
  const firstHeader = firstPath.join(' ');
  const own = firstPath.find((t) => t.trim() !== '')?.trim() ?? '';
  const last = row[row.length - 1];
  const first = row[0]?.cell.text.trim() ?? '';
  // Only under a code column of its own, its title alone in its cell: under "Kod Kommun" in one cell the codes stand in the labels' cells
  // (code-led-label.ts), and a row without a code ("varav …") is a short row, not one moved left.
  if (!CODE_HEADER.test(firstHeader.trim()) || /\s/.test(own) || row.length < 3 || !last || last.cell.text.trim() !== '') return row;
  if (first === '' || /\d/.test(first) || !looksValue(row[1]!.cell.text)) return row;
  const empty: Slot = { cell: { ...row[0]!.cell, text: '' }, origin: true };
  return [empty, ...row.slice(0, -1)];
}

function isCodeColumn(header: string, cells: string[], first: boolean): boolean {
  const values = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (isNoteColumn(header, cells)) return true;
  if (values.length === 0) return false;
  if (CODE_HEADER.test(header.trim()) && values.every((t) => /^\d{1,6}$/.test(t))) return true;
  // Without a code header, zero-led short numbers are codes only where codes stand: first, or
  // under no header. Under a header of its own ("Kvalitet") "092" is a figure (a digit group
  // split off its number, as OCR sets them), and must be read, not dropped as a label; it is
  // read as a guess (its cells uncertain), since such a column may still be codes.
  return (first || header.trim() === '') && zeroLed(cells);
}

/** A county's two-digit code ("01" … "25"). */
const isCountyCode = (code: string): boolean => regionByCode(code) !== undefined;

/**
 * A code column where some rows print their label in the code's cell, the name beside left empty
 * ("Riket | | 1 000 |"): a code column by its codes alone (code-column.ts `spilledLabels`).
 */
function spilledCodes(header: string, cells: string[], beside: string[], first: boolean): boolean {
  const spills = spilledLabels(cells, beside);
  return spills.size > 0 && isCodeColumn(header, cells.map((t, r) => (spills.has(r) ? '' : t)), first);
}

/** Every value two to four digits, some led by a zero ("01", "092"): the look of codes. */
function zeroLed(cells: string[]): boolean {
  const values = cells.map((t) => t.trim()).filter((t) => t !== '');
  return values.length > 0 && values.every((t) => /^\d{2,4}$/.test(t)) && values.some((t) => t.startsWith('0'));
}

/**
 * A unit line set over the header's first column ("Miljarder kronor" above "2017 (Utfall)",
 * "2018 (Prognos)" …) lands in that column's title when the header is pasted as lines. Written
 * first and followed by the column's own title, it is the table's unit: it holds for every
 * column that states none.
 */
const LEADING_UNIT = /^(?:belopp\s+i\s+)?(?:(?:miljarder|miljoner|tusentals?|tusen)\s+kronor|tkr|mnkr|mdkr)\b(?=\s*\S)/i;

function leadingHeaderUnit(columns: Column[]): void {
  const first = columns[0];
  if (!first || first.unit !== 'SEK') return;
  const m = LEADING_UNIT.exec(first.header.join(' ').trim());
  if (!m || m[0].length === first.header.join(' ').trim().length) return;
  // Another column that states money in its own words keeps the header's units column by column.
  if (columns.slice(1).some((c) => c.unit === 'SEK' && !c.unitGuessed)) return;
  for (const c of columns.slice(1)) {
    if (c.rate || (c.unit !== null && !c.unitGuessed)) continue;
    c.unit = first.unit;
    c.scale = first.scale;
    delete c.unitGuessed;
  }
}

/** A table that states no unit in any column may take the paragraph above's, by the size of its figures (a guess). */
function impliedColumns(grid: Grid, columns: Column[], body: Slot[][], valueCols: number[]): void {
  if (!grid.lead || columns.some((c) => c.unit !== null)) return;
  const figures: Decimal[] = [];
  for (const row of body) {
    for (const c of valueCols) {
      const parsed = row[c]!.origin ? parseCell(splitNote(row[c]!.cell.text).number) : null;
      if (parsed && parsed.unit === null && parsed.scale === 1) figures.push(parsed.written);
    }
  }
  const u = impliedUnit(grid.lead.text, figures);
  if (!u) return;
  for (const col of columns) {
    if (col.rate) continue;
    col.unit = u.unit;
    col.scale = u.scale;
    col.unitGuessed = true;
  }
}

function gridAsProse(grid: Grid): TextLine[] {
  // A list's items that stay prose are prose already: read again here, every amount would be counted twice.
  if (grid.alsoProse) return [];
  return grid.rows
    .map((r) => ({ text: r.cells.map((c) => c.text.trim()).filter((t) => t !== '').join(' '), location: r.cells[0]?.location ?? r.location }))
    .filter((l) => l.text !== '');
}

/**
 * A column in millions that prints "1 237,5" next to "450" drops trailing zeros: its whole
 * numbers are as exact as its finest decimal, not ±0,5 miljoner. Only scaled columns.
 */
function sharpenPrecision(columns: Column[], rows: Row[]): void {
  columns.forEach((col, k) => {
    if (col.scale === 1) return;
    const cells = rows.map((r) => r.cells[k]!).filter((c) => c.value !== null && !c.precision.isZero());
    if (cells.length < 2) return;
    const finest = cells.reduce((m, c) => (c.precision.lt(m) ? c.precision : m), cells[0]!.precision);
    for (const c of cells) c.precision = finest;
  });
}
