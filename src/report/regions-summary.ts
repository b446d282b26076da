import { Decimal } from 'decimal.js';
import type { Document } from '../model/document.js';
import type { Table } from '../model/table.js';
import { REGIONS } from '../regions/index.js';
import type { TidyRow } from './regions-rows.js';

/**
 * Per region: the amount each document's table gives it, and their sum. A table gives one
 * amount when it has an answer column (see answerColumn); otherwise its kronor columns are
 * listed as parts and left out of the sum. The same table in several renditions of one
 * document (text and PDF: same date, dnr, title, caption and figures) counts once. Money
 * to the county's municipalities is listed and not summed.
 */
export interface RegionEntry {
  doc: Document;
  /** Other renditions with the same figures. */
  also: Document[];
  tableNo: number;
  table: Table;
  answer: TidyRow | null;
  parts: TidyRow[];
  /** The table or column says the money goes to the county's municipalities, not to the region. */
  toMunicipalities: boolean;
}

export interface RegionSummary {
  code: string;
  name: string;
  entries: RegionEntry[];
  sum: Decimal;
  /** Entries that went into the sum. */
  summed: number;
}

/**
 * "Medel till kommunerna (länsvis)", "Bidrag till länets kommuner", "Kommunernas del (tkr)":
 * money per county that goes to its municipalities. It is listed beside the region's own money
 * and not added to it. ("Gotlands kommun" names one municipality, the region itself.)
 */
const TO_MUNICIPALITIES = /\b(?:till|för)\s(?:länets\s|de\s)?kommuner(?:na)?\b|\bkommunernas\b/i;

function goesToMunicipalities(table: Table, answer: TidyRow | null): boolean {
  return TO_MUNICIPALITIES.test(table.caption ?? '') || (answer !== null && TO_MUNICIPALITIES.test(answer.column.header.join(' ')));
}

function renditionKey(e: RegionEntry): string {
  const figures = [e.answer, ...e.parts].map((r) => (r ? `${r.columnNo}=${r.amountKr?.toFixed() ?? ''}` : '-'));
  return [e.doc.date ?? '', [...e.doc.dnr].sort().join(','), e.doc.title ?? '', e.table.caption ?? '', ...figures].join('|');
}

export function summarizeRegions(rows: readonly TidyRow[]): RegionSummary[] {
  const byRegion = new Map<string, Map<string, RegionEntry>>();
  for (const r of rows) {
    if (r.row.region === null || r.measure !== 'kronor') continue;
    const entries = byRegion.get(r.row.region.code) ?? new Map<string, RegionEntry>();
    byRegion.set(r.row.region.code, entries);
    // A region twice in one table (a region/duplicate finding) stays two entries.
    const key = `${r.doc.file}#${r.tableNo}#${r.row.location.line ?? ''}:${r.row.location.page ?? ''}:${r.table.rows.indexOf(r.row)}`;
    const e = entries.get(key) ?? { doc: r.doc, also: [], tableNo: r.tableNo, table: r.table, answer: null, parts: [], toMunicipalities: false };
    entries.set(key, e);
    if (r.answer) e.answer = r;
    else e.parts.push(r);
  }
  const out: RegionSummary[] = [];
  for (const region of REGIONS) {
    const entries = byRegion.get(region.code);
    if (!entries) continue;
    const merged = new Map<string, RegionEntry>();
    for (const e of entries.values()) {
      const key = renditionKey(e);
      const first = merged.get(key);
      if (first) {
        if (!first.also.includes(e.doc) && first.doc !== e.doc) first.also.push(e.doc);
      } else merged.set(key, e);
    }
    const list = [...merged.values()].sort((a, b) => (a.doc.date ?? '9999').localeCompare(b.doc.date ?? '9999') || a.doc.file.localeCompare(b.doc.file) || a.tableNo - b.tableNo);
    let sum = new Decimal(0);
    let summed = 0;
    for (const e of list) {
      e.toMunicipalities = goesToMunicipalities(e.table, e.answer);
      if (e.answer?.amountKr && !e.toMunicipalities) {
        sum = sum.plus(e.answer.amountKr);
        summed += 1;
      }
    }
    out.push({ code: region.code, name: region.name, entries: list, sum, summed });
  }
  return out;
}
