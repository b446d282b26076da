import type { Block, TextLine } from './types.js';
import { unglueSmallUnit } from './glued-small-unit.js';
import { inheritEnclosingUnits, inheritPartUnits } from './part-unit.js';
import { inheritSectionUnits } from './section-unit.js';
import { rateUnitNote } from './rate-unit-line.js';
import { listHeading } from './list-heading.js';
import { unitBelow } from './unit-below.js';
import { isNoteLine } from './note-line.js';
import { isPercentLine } from './percent-line.js';
import { LINK_SENTENCE } from '../lexicon/phrases.js';
import { SHORT_SCALE_UNIT } from '../lexicon/short-scale-units.js';
import { withoutNamedNumbers } from './title-numbers.js';
import { leadInCaption } from './lead-in-caption.js';
import { forwardLead } from './forward-lead.js';

/**
 * A grid's caption is the text right above it when that text names a table:
 * "Tabell 1. …", "Bilaga 1. …", "Fördelning av 3 000 000 000 kronor", or a heading.
 */
const CAPTION_START = /^\s*(Tabell|Tab\.|Bilaga|Fördelning|Figur|Medel|Utbetalning|Belopp)\b/i;
const MAX_CAPTION = 600;
/** A paragraph above a table read for an implied unit (src/tables/implied-unit.ts); longer ones are prose of their own. */
const MAX_LEAD = 1500;

function joined(lines: TextLine[]): TextLine {
  const first = lines[0]!;
  if (lines.length === 1) return first;
  return { text: lines.map((l) => l.text.trim()).join(' '), location: first.location };
}

/** A sentence just before a table that gives its unit: "Beloppen anges i hela miljoner kronor:", "(tkr)". */
const UNIT_PHRASE = /\b(?:i|som)\s(?:hela\s)?(?:tusentals?|tusen|miljoner|miljarder|kronor|tkr|mnkr|mdkr)\b/gi;
const UNIT_VERB = /(?<![\p{L}\d_])(?:anges|redovisas|avser|uttrycks|uttryckta|angivna|angivet|är|belopp|beloppen)(?![\p{L}\d_])/iu;
/**
 * A parenthesis closing the sentence that holds a unit and no figure: "… enligt följande (tkr):",
 * "… för åren 2020–2022 (belopp i tusen kronor, tkr).", "(mnkr)". Checked on the trimmed sentence.
 */
const UNIT_PAREN = /\(([^()]{1,60})\)[.:]?$/;
/** Kronor as Swedish pages write them, in SEK as companies' reports do ("KSEK", "MSEK"), and euro. */
const UNIT_WORD = /(?:^|[^\p{L}])(?:tkr|mnkr|mdkr|mkr|kr|kronor|tusental|miljoner|miljarder|sek|ksek|tsek|msek|euro|eur|teur|meur|t€|mn€|€)(?=$|[^\p{L}])/iu;
/** Thousands written as a number in the parenthesis ("(1 000 euro)", "(1000-tal kronor)"): the one figure allowed there. */
const PAREN_THOUSAND = /^(?:belopp\si\s)?1[\s\u00a0]?000(?:-tal)?\s?(?:kronor|kr|sek|euro|€)$/i;

/**
 * A short line of its own just above a table that ends in a unit: "Löpande priser miljoner
 * kronor", "Belopp i tusental kronor", "Alla belopp i tkr:". No figures in it, so that "5 miljoner
 * kronor" is an amount, not a unit, and the unit last, so that "Miljoner kronor till …" is a title.
 */
const UNIT_LINE = new RegExp(String.raw`^[^\d]{0,40}?(?:\b(?:(?:hela\s)?(?:tusentals?|tusen|miljoner|miljarder)\s(?:kronor|kr|euro)|tkr|mnkr|mdkr|mkr|kronor|ksek|tsek|msek)|${SHORT_SCALE_UNIT})\)?:?$`, 'i');
const MAX_UNIT_LINE = 60;

/**
 * A table's title line that names the unit last, after a comma: "Nettokostnader per kommun 2021,
 * tkr", "Resultaträkning 2019–2020, mnkr", "Anslag 2014, i miljoner kronor". Years may stand in it,
 * no other figure (so that "300 av 500, tkr" is no title).
 */
const TITLE_UNIT_END = new RegExp(
  String.raw`,\s?(?:(?:belopp\s)?i\s)?(?:tkr|mnkr|mdkr|mkr|kronor|euro|ksek|tsek|msek|(?:tusen(?:tal)?|miljoner|miljarder)\s(?:kronor|kr|euro)|1[\s\u00a0]?000\s?(?:€|euro|kronor|kr)|t€|mn€|md€|€|${SHORT_SCALE_UNIT})\.?$`,
  'i',
);
/** The thousand a title's unit writes as a number ("…, 1 000 €"): the one figure besides years such a title may hold. */
const THOUSAND_UNIT_END = /1[\s\u00a0]?000\s?(?:€|euro|kronor|kr)\.?$/i;
const MAX_TITLE_LINE = 120;
/** A footnote mark after a caption's last word: "… miljoner euro 1)", "…, tkr*", "…, mnkr¹". */
const FOOTNOTE_MARK = /\s?(?:\d{1,2}\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;
/** A caption's own number before its title: "Tabellbilaga 3.", "Tabell 2:", "Figur 4 –". */
const CAPTION_NUMBER = /^\s*\p{L}+\.?\s\d{1,3}(?:\.\d{1,2})?[.:]?(?:\s[–-])?\s/u;

/**
 * A title that ends in its unit after a comma. Its own number and a footnote mark after the unit
 * may stand in it; so may years, no other figure. `anyLength`: the line is the table's caption
 * by its place (a line of its own right above the table), so a long title is still one.
 */
function isTitleWithUnit(text: string, anyLength = false): boolean {
  const t = unglueSmallUnit(text.trim()).replace(FOOTNOTE_MARK, '');
  if (!anyLength && t.length > MAX_TITLE_LINE) return false;
  const title = t.replace(CAPTION_NUMBER, '');
  // An expenditure area's or an appropriation's number names the table, as a year does (title-numbers.ts); a written thousand is the unit.
  return TITLE_UNIT_END.test(title) && !/\d/.test(withoutNamedNumbers(title.replace(THOUSAND_UNIT_END, '')).replace(/\b(?:19|20)\d{2}\b/g, ''));
}

/** The caption line without the footnote mark after its unit, so that the mark is read as no figure. */
function withoutFootnote(line: TextLine): TextLine {
  return { text: line.text.trim().replace(FOOTNOTE_MARK, ''), location: line.location };
}

/** A table's number before its title: "Tabell 8.", "Tab. 2:", "Bilaga 3 –". */
const TABLE_NUMBER = /^\s*(?:Tabell|Tab\.|Bilaga)\s\d{1,3}(?:\.\d{1,2})?[.:]?(?:\s[–-])?\s/i;

/**
 * A numbered caption of one line that names the unit ("Tabell 8. Beviljat bidrag 2006, tkr",
 * "Tabell 2 Medel per län (tkr)"), as the block right above a table: the line, else null.
 */
function numberedCaptionUnit(block: Block): TextLine | null {
  if (block.kind !== 'text' || block.lines.length !== 1) return null;
  const line = block.lines[0]!;
  const m = TABLE_NUMBER.exec(line.text);
  if (!m) return null;
  const title = line.text.slice(m[0].length);
  return isTitleWithUnit(title) || isUnitLine(title) || UNIT_PAREN_LINE.test(title.trim()) || statesUnit(title) ? line : null;
}

/** A unit alone closed by a full stop, as a sentence of its own: "tkr.", "Belopp i miljoner kronor.", "Beloppen i tusental kronor.". */
const UNIT_SENTENCE = /^(?:belopp(?:en)?\s(?:anges\s)?i\s)?(?:tkr|mnkr|mdkr|mkr|kronor|(?:tusen(?:tal)?|miljoner|miljarder)\s(?:kronor|kr))\.$/i;

/**
 * A header line whose cells lost their separators, the unit first: "1 000 euro01.01.–31.12.2019…",
 * "tkr20232022". The unit is the table's; the titles glued after it are not read here.
 */
const UNIT_GLUED_FIRST = /^(?:(?:1[ \u00a0]?000|tusen(?:tal)?)\s?(?:euro|€|kronor|kr)|tkr|mnkr|mkr|mdkr|t€|mn€)(?=\d)/i;

function gluedUnitNote(line: TextLine): TextLine | null {
  const m = UNIT_GLUED_FIRST.exec(line.text.trim());
  return m ? { text: m[0], location: line.location } : null;
}

function isUnitLine(text: string): boolean {
  const t = unglueSmallUnit(text.trim());
  return t.length <= MAX_UNIT_LINE && (UNIT_LINE.test(t) || UNIT_SENTENCE.test(t) || isPercentLine(t));
}

/** A verb of stating shortly before a unit phrase ("anges i hela miljoner kronor"), or a unit in parentheses at the end. */
function statesUnit(text: string): boolean {
  const t = text.trim();
  for (const m of t.matchAll(UNIT_PHRASE)) if (UNIT_VERB.test(t.slice(Math.max(0, m.index - 50), m.index))) return true;
  const paren = UNIT_PAREN.exec(t);
  if (paren === null) return false;
  // No figure but a written thousand: "(varav 40 mnkr)" is an amount, not the table's unit.
  const inner = paren[1]!.trim();
  return /\d/.test(inner) ? PAREN_THOUSAND.test(inner) : UNIT_WORD.test(inner);
}

/** The last sentence of a block's text, with its place (approximate: the block's first line when it is the only one). */
function lastSentence(line: TextLine): TextLine {
  const parts = line.text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"”–])/);
  if (parts.length <= 1) return line;
  const text = parts[parts.length - 1]!;
  return { text, location: line.location };
}

/**
 * The sentence of a block that may state a table's unit: its last, or the one before when the last
 * is only a link's words ("Uppgifterna redovisas i tusental kronor. Läs mer!").
 */
function unitSentence(line: TextLine): TextLine {
  const last = lastSentence(line);
  if (last === line || !LINK_SENTENCE.test(last.text.trim())) return last;
  const rest = line.text.slice(0, line.text.length - last.text.length).trimEnd();
  return lastSentence({ text: rest, location: line.location });
}

/**
 * Above a table a document may set its unit and then short titles before the rows: "Tilldelade
 * anslag (belopp angivna i tkr)" / "Utgiftsområde 9 …" / "1:6" / "Bidrag till … (Ramanslag)". The
 * unit statement holds for the table when only such short one-line blocks stand between.
 */
const MAX_TITLES_BETWEEN = 3;
const MAX_TITLE = 80;

function unitAboveTitles(blocks: Block[], i: number): TextLine | null {
  for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_TITLES_BETWEEN; j--) {
    const b = blocks[j]!;
    if (b.kind !== 'text' || b.lines.length !== 1) return null;
    const text = b.lines[0]!;
    if (j < i - 1 && (statesUnit(text.text) || isUnitLine(text.text))) return text;
    if (text.text.trim().length > MAX_TITLE || /[.!?]$/.test(text.text.trim())) return null;
  }
  return null;
}

/**
 * A table pasted from a web page may lose its header row to paragraphs: each column's title a
 * block of short lines between the unit and the rows ("Utgiftsområde (UO)" / "belopp i tusental
 * kronor" / "Riksdagens rambeslut" / "december 2014.", then "Regeringens ändringsförslag …").
 * A unit line in such blocks, with only such blocks between it and the table, holds for it.
 */
const MAX_HEADER_BLOCKS = 5;
const MAX_HEADER_BLOCK_LINES = 6;
const MAX_HEADER_BLOCK_LINE = 100;
/** A short line that ends in a unit in parentheses: "2018-01-01–2018-12-31 (MKR)", "Utfall (tkr)". */
const UNIT_PAREN_LINE = /\((?:tkr|mnkr|mkr|mdkr|kr|kronor|tusental kronor|miljoner kronor|miljarder kronor|tusen kronor)\)$/i;
/** A line that is only a unit, as a column title's last line: "1000 €", "tkr", "1000-tal kronor", "1000 € %". */
const BARE_UNIT = /^(?:1 ?000(?:-tal)? ?(?:€|euro|kr|kronor)|tkr|mnkr|mdkr|mkr|t€|mn€|md€)(?: %)?$/i;
const NOTE_START = /^\s*(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹]|\d\))\s/;

/** A title line or heading that names the unit of the table under it. */
const namesUnit = (l: TextLine): boolean => isUnitLine(l.text) || UNIT_PAREN_LINE.test(l.text.trim()) || BARE_UNIT.test(l.text.trim()) || isTitleWithUnit(l.text);

function unitInHeaderBlocks(blocks: Block[], i: number): TextLine | null {
  // Each lost column title is a block of its own, so a wide table may have more of them than five.
  const grid = blocks[i]!;
  const width = grid.kind === 'grid' ? Math.max(0, ...grid.rows.map((r) => r.cells.length)) : 0;
  const reach = Math.max(MAX_HEADER_BLOCKS, width + 1);
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    const b = blocks[j]!;
    // A footnote set between ("* Den beslutade nivån …", read as a bullet) is read past.
    if (b.kind === 'text' && (b.role === 'list-item' || NOTE_START.test(b.lines[0]?.text ?? ''))) continue;
    if (b.kind !== 'text') return null;
    // The paragraph above the lost titles may close on the unit: "… Belopp anges i miljoner kronor i löpande priser."
    const sentence = j < i - 1 && b.role !== 'heading' ? unitSentence(joined(b.lines)) : null;
    const stated = sentence && sentence.text.length <= MAX_CAPTION && statesUnit(sentence.text) ? sentence : null;
    if (b.lines.length > MAX_HEADER_BLOCK_LINES || b.lines.some((l) => l.text.trim().length > MAX_HEADER_BLOCK_LINE)) return stated;
    // The table's title above its lost titles may name the unit last ("Driftsredovisning 2016, mnkr").
    const unit = b.lines.find(namesUnit);
    if (unit) return unit;
    if (stated) return stated;
  }
  return null;
}

/**
 * A block of page text copied without blank lines may end in the table's own title line: an
 * explanation, link words ("PDF", "Diagram"), then "Investeringar per region 2018. Kronor per
 * invånare" or "Utbetalt stöd per län 2021, tkr". Too long as a whole to be a caption, its last
 * line still gives the unit when that line is short, opens with a capital and follows a finished
 * sentence or a short line, so that it is no tail of wrapped prose ("… minskade med flera" /
 * "miljoner kronor").
 */
const MAX_CLOSING_TITLE = 120;
const SHORT_LINE = 40;

function closingTitleUnit(lines: readonly TextLine[]): TextLine | null {
  if (lines.length < 2) return null;
  const last = lines[lines.length - 1]!;
  const title = last.text.trim();
  const before = lines[lines.length - 2]!.text.trim();
  if (title.length > MAX_CLOSING_TITLE || !/^[A-ZÅÄÖ]/.test(title)) return null;
  if (!/[.!?:]$/.test(before) && before.length > SHORT_LINE) return null;
  if (isUnitLine(title) || isTitleWithUnit(title)) return last;
  return rateUnitNote(lastSentence(last));
}

export function attachCaptions(blocks: Block[]): void {
  for (let i = 1; i < blocks.length; i++) {
    const grid = blocks[i]!;
    if (grid.kind !== 'grid') continue;
    if (grid.caption) {
      // A caption the grid found itself (a section heading under its header): the unit may still stand above.
      if (!grid.unitNote && grid.source !== 'list') grid.unitNote = unitInHeaderBlocks(blocks, i);
      // Or in the sentence just before the table's own caption ("Beloppen anges i miljoner kronor." over <caption>).
      const before = blocks[i - 1]!;
      // Or in the numbered caption over a table whose own caption is a group title or a section heading under its header.
      if (!grid.unitNote && grid.source !== 'list') grid.unitNote = numberedCaptionUnit(before);
      if (!grid.unitNote && grid.source !== 'list' && before.kind === 'text' && before.lines.length > 0 && before.role !== 'heading') {
        const sentence = unitSentence(joined(before.lines));
        if (sentence.text.length <= MAX_CAPTION && statesUnit(sentence.text)) grid.unitNote = sentence;
      }
      continue;
    }
    const prev = blocks[i - 1]!;
    if (prev.kind !== 'text' || prev.lines.length === 0) continue;
    const text = joined(prev.lines);
    if (grid.source === 'list') {
      // A list's lead-in is the last sentence before it when that sentence opens the list ("… fördelas så här:").
      const lead = lastSentence(text);
      if (lead.text.trimEnd().endsWith(':') && lead.text.length <= MAX_CAPTION) grid.caption = lead;
      // A table's caption ("Tabell 2. Tilldelning per län, tusental kronor") over a list read from its columns.
      else if (CAPTION_START.test(text.text) && text.text.length <= MAX_CAPTION) grid.caption = text;
      else grid.caption = listHeading(prev.lines) ?? forwardLead(lead);
      // A list of bare figures under a sentence or line that states their unit ("Beloppen anges i miljoner kronor.").
      const last = prev.lines[prev.lines.length - 1]!;
      if (!grid.unitNote && statesUnit(lead.text)) grid.unitNote = lead;
      else if (!grid.unitNote && isUnitLine(last.text)) grid.unitNote = last;
      continue;
    }
    if (text.text.length <= MAX_LEAD) grid.lead = text;
    if (text.text.length > MAX_CAPTION) {
      grid.unitNote ??= closingTitleUnit(prev.lines);
      continue;
    }
    // A note's title line right above its figures ("Not 14 Långfristiga skulder") is the table's caption, whatever prose stands above it.
    const titleLine = prev.lines[prev.lines.length - 1]!;
    if (isNoteLine(titleLine.text)) grid.caption = titleLine;
    else if (prev.role === 'heading' || CAPTION_START.test(text.text)) grid.caption = text;
    else if (statesUnit(unitSentence(text).text)) grid.unitNote = unitSentence(text);
    // A web page's table under a lead-in sentence that opens it ("… enligt följande:"): lead-in-caption.ts.
    grid.caption ??= leadInCaption(grid, text);
    // A unit line ends the block above, or is the whole of it ("Löpande priser, miljoner kronor").
    const last = prev.lines[prev.lines.length - 1]!;
    // The caption line right above (a line of its own, or after a finished sentence) names the unit last, whatever its length.
    const ownLine = prev.lines.length === 1 || /[.!?:]$/.test(prev.lines[prev.lines.length - 2]!.text.trim());
    if (!grid.unitNote && isUnitLine(last.text)) grid.unitNote = last;
    // Whether it holds against the header's unit, or beside another it names, tables decide (interpret.ts `tableUnit`).
    else if (!grid.unitNote && isTitleWithUnit(last.text, ownLine)) grid.unitNote = withoutFootnote(last);
    if (!grid.unitNote) grid.unitNote = unitAboveTitles(blocks, i);
    if (!grid.unitNote) grid.unitNote = unitInHeaderBlocks(blocks, i);
    // "… 2012–2022. Kronor per invånare.": a unit per head closing the title line (rate-unit-line.ts).
    if (!grid.unitNote) grid.unitNote = rateUnitNote(lastSentence(text));
  }
  // Cells that lost their separators under a header glued the same way, its unit first ("tkr20232022"): captions.ts.
  blocks.forEach((b, i) => {
    if (b.kind !== 'grid' || b.source !== 'glued' || b.unitNote) return;
    const prev = blocks[i - 1];
    const last = prev?.kind === 'text' ? prev.lines[prev.lines.length - 1] : undefined;
    const corner = (b.headerRows ?? 0) > 0 ? b.rows[0]?.cells[0] : undefined;
    b.unitNote = (corner ? gluedUnitNote({ text: corner.text, location: corner.location }) : null) ?? (b.caption ? gluedUnitNote(b.caption) : null) ?? (last ? gluedUnitNote(last) : null);
  });
  // A unit stated in the line under a table that states none ("Belopp i tkr.", "Källa: …, belopp i miljoner kronor"): unit-below.ts.
  blocks.forEach((b, i) => {
    if (b.kind === 'grid' && !b.unitNote) b.unitNote = unitBelow(blocks, i, (t) => isUnitLine(t) || statesUnit(t));
  });
  // A part under a heading of its own, in the columns of the table above, keeps that table's unit (part-unit.ts).
  inheritPartUnits(blocks);
  // A table under a sub-heading takes, as a guess, the unit its enclosing section's heading states (section-unit.ts).
  inheritSectionUnits(blocks, namesUnit);
  // A small table set inside a note, its rows above and below it, is in the note's unit (part-unit.ts).
  inheritEnclosingUnits(blocks);
}
