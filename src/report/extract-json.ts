import type { Anomaly, ProseAmount, Unit } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Row, Table } from '../model/table.js';
import { decimalString } from './decimal-string.js';
import { locationJson, type LocationJson } from './location-json.js';

/** `kronkoll extract --format json`; see "The machine-readable contract" in the design notes. */
export interface ExtractJson {
  documents: DocumentJson[];
}

export interface DocumentJson {
  file: string;
  format: Document['format'];
  kind: Document['kind'];
  title: string | null;
  date: string | null;
  dnr: string[];
  tables: TableJson[];
  amounts: AmountJson[];
  /** Additive: what could not be interpreted, so nothing read is dropped silently. */
  problems: { message: string; location: LocationJson }[];
  /** Additive, PDF only: pages that could not be read. */
  lostPages?: number[];
  /**
   * Additive, PDF only: the reader used ('fast', the own one, or 'pdfjs'), why the fast reader
   * declined when pdfjs read the file (null otherwise), and each line dropped as page furniture.
   */
  pdf?: { engine: 'fast' | 'pdfjs'; fallback: string | null; furniture: { page: number; text: string }[] };
  encoding?: string;
  /** Additive: the department the document comes from. */
  department: string | null;
  /** Additive: diarienummer written with "(delvis)". */
  dnrPartial: string[];
  /** Additive: agreements (by name, dnr, year) and appropriations the document refers to. */
  references: {
    agreements: { name: string | null; dnr: string | null; year: number | null; self: boolean; location: LocationJson }[];
    anslag: { anslag: string; post: string | null; utgiftsomrade: string | null; location: LocationJson }[];
  };
}

export interface TableJson {
  /** `list` for a table read from a list of lines or bullets, `grid` for a table. */
  kind: 'grid' | 'list';
  caption: string | null;
  unit: UnitJson;
  columns: { header: string[]; unit: UnitJson }[];
  rows: RowJson[];
  /** Additive. */
  labelHeader: string | null;
  location: LocationJson;
  /** Additive: true for a list of other things than regions whose items stay prose, where the text rules check them; no rule reads the table. */
  alsoProse?: true;
}

export interface RowJson {
  label: string;
  kind: Row['kind'];
  region: { code: string; name: string } | null;
  /** Additive: the regions a row names together ("Stockholms och Gotlands län"), when `region` is null. */
  regions?: { code: string; name: string }[];
  /** Additive: a municipality row's region, from the table's county column ("Län | Kommun | Belopp"). */
  county?: { code: string; name: string };
  values: (string | null)[];
  /** Additive. */
  number?: string;
  level?: number;
  location: LocationJson;
  /** Additive: odd-looking cells; `column` indexes `values`. */
  anomalies?: (Anomaly & { column: number })[];
  unreadable?: string[];
  /** Additive: the row's code from a code column ("03", "1:5", "KD"), never summed. */
  code?: string;
  /** Additive: a footnote mark printed after the label ("*", "¹", "1)") or the row's cell in a note column ("14"). */
  note?: string;
  /** Additive: notes printed with a cell's number ("1 200*", "75 (varav 40 under 2025)"); `column` indexes `values`. */
  notes?: { column: number; note: string }[];
  /** Additive: the indexes into `values` of cells whose reading is uncertain (a marker, a note, a placement the layout inferred, a guessed reading). */
  uncertain?: number[];
}

export interface AmountJson {
  raw: string;
  value: string;
  unit: UnitJson;
  qualifier: ProseAmount['qualifier'];
  precision: string;
  context: string;
  location: LocationJson;
  /** Additive: the multiplier the written form applied (1e6 for "miljoner"). */
  scale: number;
  anomalies?: Anomaly[];
  /** Additive: "decrease" when the amount is the size of a loss or decrease ("minskar med 15 mnkr"), never summed or compared. */
  change?: 'decrease';
}

export type UnitJson = 'SEK' | 'EUR' | 'percent' | 'persons' | 'count' | null;

/** The model's unit names are the contract's; the map keeps the two apart should either change. */
const UNIT_NAMES: Record<Unit, Exclude<UnitJson, null>> = {
  SEK: 'SEK',
  EUR: 'EUR',
  percent: 'percent',
  persons: 'persons',
  count: 'count',
};

function unitJson(unit: Unit | null): UnitJson {
  return unit === null ? null : UNIT_NAMES[unit];
}

export function extractJson(docs: readonly Document[]): ExtractJson {
  return { documents: docs.map(documentJson) };
}

export function formatExtractJson(docs: readonly Document[]): string {
  return joinExtractJson(docs.map(documentJsonText));
}

const HEAD = '{\n  "documents": [\n    ';
const TAIL = '\n  ]\n}';

/**
 * One document's part of `formatExtractJson`, indented as it stands in the list: a reading
 * thread prints it, so the model need not be copied back to the main thread for `extract`.
 * Printed inside the list and cut out of it, so the indentation is JSON.stringify's own.
 */
export function documentJsonText(doc: Document): string {
  const whole = JSON.stringify({ documents: [documentJson(doc)] }, null, 2);
  return whole.slice(HEAD.length, whole.length - TAIL.length);
}

/** The whole output from the documents' parts, byte for byte as JSON.stringify(extractJson(docs), null, 2) + '\n'. */
export function joinExtractJson(parts: readonly string[]): string {
  if (parts.length === 0) return '{\n  "documents": []\n}\n';
  return `${HEAD}${parts.join(',\n    ')}${TAIL}\n`;
}

function documentJson(doc: Document): DocumentJson {
  const out: DocumentJson = {
    file: doc.file,
    format: doc.format,
    kind: doc.kind,
    title: doc.title,
    date: doc.date,
    dnr: [...doc.dnr],
    tables: doc.tables.map(tableJson),
    amounts: doc.amounts.map(amountJson),
    problems: doc.problems.map((p) => ({ message: p.message, location: locationJson(p.location) })),
    department: doc.department,
    dnrPartial: [...doc.dnrPartial],
    references: {
      agreements: doc.references.agreements.map((a) => ({ name: a.name, dnr: a.dnr, year: a.year, self: a.self, location: locationJson(a.location) })),
      anslag: doc.references.anslag.map((a) => ({ anslag: a.anslag, post: a.post, utgiftsomrade: a.utgiftsomrade, location: locationJson(a.location) })),
    },
  };
  if (doc.lostPages && doc.lostPages.length > 0) out.lostPages = [...doc.lostPages];
  if (doc.pdf) out.pdf = { engine: doc.pdf.engine, fallback: doc.pdf.fallback, furniture: doc.pdf.furniture.map((f) => ({ ...f })) };
  if (doc.encoding) out.encoding = doc.encoding;
  return out;
}

function tableJson(t: Table): TableJson {
  const out: TableJson = {
    kind: t.kind ?? 'grid',
    caption: t.caption,
    unit: unitJson(t.unit),
    columns: t.columns.map((c) => ({ header: [...c.header], unit: unitJson(c.unit) })),
    rows: t.rows.map(rowJson),
    labelHeader: t.labelHeader,
    location: locationJson(t.location),
  };
  if (t.alsoProse) out.alsoProse = true;
  return out;
}

function rowJson(r: Row): RowJson {
  const out: RowJson = {
    label: r.label,
    kind: r.kind,
    region: r.region ? { code: r.region.code, name: r.region.name } : null,
    values: r.cells.map((c) => (c.value === null ? null : decimalString(c.value))),
    location: locationJson(r.location),
  };
  if (r.regions && r.regions.length > 0) out.regions = r.regions.map((m) => ({ code: m.code, name: m.name }));
  if (r.county) out.county = { code: r.county.code, name: r.county.name };
  if (r.number !== undefined) out.number = r.number;
  if (r.level !== undefined) out.level = r.level;
  const anomalies = r.cells.flatMap((c, column) =>
    c.anomalies.map((a) => ({ column, kind: a.kind, raw: a.raw, message: a.message })),
  );
  if (anomalies.length > 0) out.anomalies = anomalies;
  if (r.unreadable && r.unreadable.length > 0) out.unreadable = [...r.unreadable];
  if (r.code !== undefined) out.code = r.code;
  if (r.note !== undefined) out.note = r.note;
  const notes = r.cells.flatMap((c, column) => (c.note !== undefined ? [{ column, note: c.note }] : []));
  if (notes.length > 0) out.notes = notes;
  const uncertain = r.cells.flatMap((c, column) => (c.uncertain !== undefined || c.readBy !== undefined ? [column] : []));
  if (uncertain.length > 0) out.uncertain = uncertain;
  return out;
}

function amountJson(a: ProseAmount): AmountJson {
  const out: AmountJson = {
    raw: a.raw,
    value: decimalString(a.value),
    unit: unitJson(a.unit),
    qualifier: a.qualifier,
    precision: decimalString(a.precision),
    context: a.context,
    location: locationJson(a.location),
    scale: a.scale,
  };
  if (a.anomalies.length > 0) out.anomalies = a.anomalies.map((x) => ({ kind: x.kind, raw: x.raw, message: x.message }));
  if (a.change) out.change = a.change;
  return out;
}
