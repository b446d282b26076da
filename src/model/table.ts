import type { Decimal } from 'decimal.js';
import type { Anomaly, Unit } from './amount.js';
import type { Location } from './location.js';
import type { RegionMatch } from './region.js';

export interface Column {
  /** Header path from the top header row down, e.g. ["BUP", "Bonuspott"]. */
  header: string[];
  unit: Unit | null;
  /** Multiplier the table's or column's unit applies to its cells (1e6 for "Miljoner kronor"). */
  scale: number;
  /** Additive: true when no caption, header or sentence states the unit and it was taken from words such as "Belopp". */
  unitGuessed?: boolean;
  /** Additive: a rate, mean or per-capita figure ("Per 1000 försäkrade", "Medelvärde", "kr/inv"): never summed. */
  rate?: boolean;
  /** Additive: the group header over it could as well stand over other columns (its span is a reading): the header's text. */
  groupUncertain?: string;
  /** Additive: titles left above the header (see Grid.headerLeftAbove): which column this title names is a reading. */
  titleUncertain?: string;
  /**
   * Additive: the scale the header states but the figures cannot have ("(MKR)" over whole kronor
   * that would pass a thousand billion kronor); the column is read at scale 1 and this is reported.
   */
  scaleRejected?: number;
}

export interface Cell {
  raw: string;
  /** Value in base units, or null when the cell is empty or could not be read. */
  value: Decimal | null;
  precision: Decimal;
  anomalies: Anomaly[];
  location: Location;
  /** Additive: a note written with the number ("(varav 40 under 2025)", "*", "¹"), kept as written. */
  note?: string;
  /**
   * Additive: why the cell gives no certain number although it stands where one is expected:
   * "<5", "..", a dash, a phrase ("Ryms inom befintlig ram"). A sum over it is uncertain, not wrong.
   */
  uncertain?: string;
  /** Additive: how the value was got when not printed in clear columns (see ReadBy); a sum that disagrees over it is uncertain. */
  readBy?: ReadBy;
  /**
   * Additive: the column the cell stands in is the reader's guess: its row has fewer values than
   * the table has columns and the page does not say which it left out (one cell a line).
   */
  placedByGuess?: boolean;
  /**
   * Additive: the value under the other split of its line between label and value ("Projekt 12
   * 394 275": 12 394 275 or, with "12" the label's, 394 275), when one space sets both the label
   * apart and the digit groups. A sum that reconciles only under it is in doubt, not wrong.
   */
  alternative?: CellAlternative;
}

export interface CellAlternative {
  raw: string;
  value: Decimal;
  precision: Decimal;
}

export type RowKind = 'data' | 'total' | 'subtotal' | 'other';

export interface Row {
  label: string;
  kind: RowKind;
  region: RegionMatch | null;
  /** One cell per value column (same order as Table.columns). */
  cells: Cell[];
  location: Location;
  /** Numbered hierarchies ("1.2.1"): the number, and the depth (1 for "1."). */
  number?: string;
  level?: number;
  /** A cell in the label column or elsewhere that could not be read as a number where one was expected. */
  unreadable?: string[];
  /** Additive: a code printed in a code column ("Kod", "Länskod": "03"), a label never summed. */
  code?: string;
  /** Additive: a footnote mark printed after the label ("Summa*", "Övriga bidrag¹", "räntor 1)") or in a note column ("Not": "14"), kept as written. */
  note?: string;
  /** Additive: the regions a row names together ("Stockholms och Gotlands län"), when `region` is null. */
  regions?: RegionMatch[];
  /**
   * Additive: in a table of municipalities with a county column ("Län | Kommun | Belopp"), the
   * region the row's municipality lies in, as its county column names it. The row is not the
   * region (`region` stays null): a county has many municipalities.
   */
  county?: RegionMatch;
}

/**
 * How a cell's text was got when not from printed text in clear columns: `ocr` from a scanned
 * image; `spaced` split out of a run of digits in columns set apart by single spaces, by digit
 * groups and column counts; `wrapped` a row's cell that stood on a line of its own under the row
 * (src/layout/wrapped-row-tail.ts). Either way a sum over it can only warn.
 */
export type ReadBy = 'ocr' | 'spaced' | 'glued' | 'wrapped';

export interface Table {
  caption: string | null;
  captionLocation?: Location;
  /** Unit of the table as stated in caption or header, if any. */
  unit: Unit | null;
  scale: number;
  columns: Column[];
  rows: Row[];
  location: Location;
  /** Header text of the label column ("Region", "Länsvis"), if any. */
  labelHeader: string | null;
  /** Additive: `list` for a table read from a list of lines or bullets ("* Uppsala: 84 300 000"); `grid` otherwise. */
  kind?: TableKind;
  /** Additive: a total the text states for the table outside its rows (a list's lead-in: "Medlen, 2 miljarder kronor, fördelas så här:"). */
  statedTotal?: StatedTotal;
  /**
   * Additive: a line naming only the unit stands right above a header pasted one cell a line
   * whose first title was read as the label column's ("Belopp i mnkr" over "Immateriella
   * tillgångar" / "Fastigheter" / … / "Summa"): it may be that column's title instead, every
   * title then a column further right. The unit line's text.
   */
  labelTitleInDoubt?: string;
  /**
   * Additive: a list of items of other things than regions, each giving one amount, that stays
   * prose as well: the text rules check its sums there, so no rule reads this table and nothing
   * is reported twice. It is read for what it holds (`extract`).
   */
  alsoProse?: true;
}

export type TableKind = 'grid' | 'list';

export interface StatedTotal {
  raw: string;
  value: Decimal;
  precision: Decimal;
  location: Location;
}
