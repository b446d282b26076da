import type { Finding } from '../../src/model/finding.js';
import type { Document } from '../../src/model/document.js';
import type { Table } from '../../src/model/table.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/engine.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Sources and renderers for the lists matrix (matrix-lists.test.ts): small region lists, lead
 * claims and totals before lists, written for these tests with invented figures that add up,
 * each printed in the ways a web page or a PDF copied out as text prints it.
 */

export interface RegionItem {
  /** The region as the source names it ("Region Skåne", "Dalarnas län"). */
  name: string;
  code: string;
  /** The amount as written, in the source's unit ("12,3", "84 300 000"). */
  amount: string;
  /** A part of the amount in parentheses after it ("varav 2,1 miljoner för ambulansflyg"). */
  note?: string;
}

export interface RegionSource {
  id: string;
  /** Unit words as an item writes them after its figure ("miljoner kronor", "mnkr", "kronor"). */
  unit: string;
  /** The same unit as a header or lead-in names it ("miljoner kronor", "tusental kronor"). */
  unitName: string;
  /** Kronor per unit. */
  scale: number;
  /** Whether the items carry the unit words (else the lead-in states it once). */
  unitPerItem: boolean;
  items: RegionItem[];
  /** The total as written, in the unit. */
  total: string;
  /** Index of the item the mutant changes, and its changed amount. */
  mutant: [number, string];
}

export const REGION_SOURCES: RegionSource[] = [
  {
    id: 'mnkr-regions',
    unit: 'miljoner kronor',
    unitName: 'miljoner kronor',
    scale: 1e6,
    unitPerItem: true,
    items: [
      { name: 'Region Uppsala', code: '03', amount: '12,3' },
      { name: 'Region Skåne', code: '12', amount: '45,6' },
      { name: 'Västra Götalandsregionen', code: '14', amount: '50,1' },
      { name: 'Region Gotland', code: '09', amount: '4,5' },
      { name: 'Region Norrbotten', code: '25', amount: '8,0' },
    ],
    total: '120,5',
    mutant: [1, '46,6'],
  },
  {
    id: 'kronor-lan',
    unit: 'kronor',
    unitName: 'kronor',
    scale: 1,
    unitPerItem: true,
    items: [
      { name: 'Uppsala län', code: '03', amount: '84 300 000' },
      { name: 'Jönköpings län', code: '06', amount: '52 100 000' },
      { name: 'Kalmar län', code: '08', amount: '31 600 000' },
      { name: 'Hallands län', code: '13', amount: '40 000 000' },
    ],
    total: '208 000 000',
    mutant: [2, '36 600 000'],
  },
  {
    id: 'tkr-once',
    unit: 'tkr',
    unitName: 'tusental kronor',
    scale: 1e3,
    unitPerItem: false,
    items: [
      { name: 'Stockholms län', code: '01', amount: '1 250' },
      { name: 'Östergötlands län', code: '05', amount: '980' },
      { name: 'Dalarnas län', code: '20', amount: '615' },
      { name: 'Västernorrlands län', code: '22', amount: '455' },
      { name: 'Jämtlands län', code: '23', amount: '300' },
    ],
    total: '3 600',
    mutant: [2, '715'],
  },
  {
    id: 'mnkr-short',
    unit: 'mnkr',
    unitName: 'miljoner kronor',
    scale: 1e6,
    unitPerItem: true,
    items: [
      { name: 'Gotland', code: '09', amount: '4,5' },
      { name: 'Blekinge', code: '10', amount: '7,25' },
      { name: 'Kronoberg', code: '07', amount: '6,0' },
      { name: 'Västmanland', code: '19', amount: '9,75' },
    ],
    total: '27,5',
    mutant: [2, '6,5'],
  },
  {
    id: 'varav-notes',
    unit: 'miljoner kronor',
    unitName: 'miljoner kronor',
    scale: 1e6,
    unitPerItem: true,
    items: [
      { name: 'Region Västerbotten', code: '24', amount: '22,4', note: 'varav 2,1 miljoner för ambulansflyg' },
      { name: 'Region Jämtland Härjedalen', code: '23', amount: '15,0' },
      { name: 'Gotlands kommun', code: '09', amount: '6,6', note: 'varav 1,0 miljoner för färjetrafik' },
      { name: 'Region Västernorrland', code: '22', amount: '11,0' },
    ],
    total: '55,0',
    mutant: [1, '16,0'],
  },
  {
    id: 'mdkr',
    unit: 'mdkr',
    unitName: 'miljarder kronor',
    scale: 1e9,
    unitPerItem: true,
    items: [
      { name: 'Stockholm', code: '01', amount: '1,2' },
      { name: 'Västra Götaland', code: '14', amount: '1,1' },
      { name: 'Skåne', code: '12', amount: '0,9' },
    ],
    total: '3,2',
    mutant: [2, '0,65'],
  },
];

/** The source with its mutant cell changed: one sum no longer holds. */
export function mutate(src: RegionSource): RegionSource {
  const [at, amount] = src.mutant;
  return { ...src, items: src.items.map((x, i) => (i === at ? { ...x, amount } : x)) };
}

/** The value of a written amount in kronor, as a decimal string. */
export function kronor(amount: string, scale: number): string {
  const n = amount.replace(/\s/g, '').replace(',', '.');
  const [whole, frac = ''] = n.split('.');
  const digits = Math.round(Math.log10(scale));
  const f = frac.padEnd(digits, '0');
  const s = (whole! + f.slice(0, digits) + (f.length > digits ? '.' + f.slice(digits) : '')).replace(/^0+(?=\d)/, '');
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export interface Rendered {
  file: string;
  text: string;
}

/** How a region list is printed: its lead-in (with the unit when items do not carry it) and each item. */
export interface ListContext {
  /** The sentence that opens the list; rendered as is. */
  lead: string;
  /** A total item ("Totalt") at the end. */
  totalRow: boolean;
  /** Text before the lead-in (a press release's lead and paragraphs). */
  before?: string[];
}

const itemAmount = (src: RegionSource, amount: string): string => (src.unitPerItem ? `${amount} ${src.unit}` : amount);
/** The item's share of the (correct) total in whole percent, as a page prints it beside the amount. */
const share = (src: RegionSource, amount: string): string => String(Math.round((Number(kronor(amount, src.scale)) / Number(kronor(src.total, src.scale))) * 100));

type Line = (src: RegionSource, label: string, amount: string, i: number) => string;

/** Renderers of the list forms: one line (or paragraph) per item. */
export const LIST_LAYOUTS: Record<string, { file: 'txt' | 'md' | 'html'; line: Line; blank?: boolean }> = {
  'bullet * colon': { file: 'txt', line: (s, l, a) => `* ${l}: ${itemAmount(s, a)}` },
  'bullet - dash': { file: 'txt', line: (s, l, a) => `- ${l} – ${itemAmount(s, a)}` },
  'bullet • space': { file: 'txt', line: (s, l, a) => `• ${l} ${itemAmount(s, a)}` },
  'numbered': { file: 'txt', line: (s, l, a, i) => `${i + 1}. ${l}: ${itemAmount(s, a)}` },
  'lines colon': { file: 'txt', line: (s, l, a) => `${l}: ${itemAmount(s, a)}` },
  'lines dash': { file: 'txt', line: (s, l, a) => `${l} – ${itemAmount(s, a)}` },
  'amount till region': { file: 'txt', line: (s, l, a) => `- ${itemAmount(s, a)} till ${l}` },
  'amount in parentheses': { file: 'txt', line: (s, l, a) => `- ${l} (${itemAmount(s, a)})` },
  'one per paragraph': { file: 'txt', line: (s, l, a) => `${l}: ${itemAmount(s, a)}`, blank: true },
  'markdown bullets': { file: 'md', line: (s, l, a) => `- **${l}**: ${itemAmount(s, a)}` },
  'html ul': { file: 'html', line: (s, l, a) => `<li>${l}: ${itemAmount(s, a)}</li>` },
  'bullets split in two by a lead-in': { file: 'txt', line: (s, l, a) => `- ${l}: ${itemAmount(s, a)}` },
  'verb of receiving': { file: 'txt', line: (s, l, a) => `- ${l} får ${itemAmount(s, a)}.` },
  'amount går till region, numbered 1)': { file: 'txt', line: (s, l, a, i) => `${i + 1}) ${itemAmount(s, a)} går till ${l}` },
  'tab between region and amount': { file: 'txt', line: (s, l, a) => `${l}\t${itemAmount(s, a)}` },
  'html paragraphs, bold region': { file: 'html', line: (s, l, a) => `<p><strong>${l}:</strong> ${itemAmount(s, a)}</p>` },
  'a sentence per item': { file: 'txt', line: (s, l, a) => `- ${l} får ${itemAmount(s, a)} för att korta vårdköerna.` },
  'share in parentheses after the amount': { file: 'txt', line: (s, l, a) => `* ${l}: ${itemAmount(s, a)} (${share(s, a)} procent)` },
  'dot leaders': { file: 'txt', line: (s, l, a) => `${l} ${'.'.repeat(Math.max(3, 34 - l.length))} ${itemAmount(s, a)}` },
};

/** The list run on in one sentence after its lead-in: "…: A 12,3 miljoner kronor, B … och C …". */
export const ONE_SENTENCE = 'one sentence';

export function renderList(layout: string, src: RegionSource, ctx: ListContext): Rendered {
  if (layout === ONE_SENTENCE) {
    const items = src.items.map((x) => `${x.name} ${itemAmount(src, x.amount)}`);
    if (ctx.totalRow) items.push(`totalt ${itemAmount(src, src.total)}`);
    const text = `${ctx.lead} ${items.slice(0, -1).join(', ')} och ${items.at(-1)}.`;
    return { file: 'list.txt', text: [...(ctx.before ?? []), text].join('\n\n') + '\n' };
  }
  const r = LIST_LAYOUTS[layout]!;
  // A note after the amount where the amount ends the item (not inside parentheses or before "till").
  const noted = (line: string, x: RegionItem): string =>
    !x.note || layout.startsWith('amount') || layout.startsWith('share') || layout === 'verb of receiving' || layout === 'a sentence per item' ? line : r.file === 'html' ? line.replace(/<\/(li|p)>$/, ` (${x.note})</$1>`) : `${line} (${x.note})`;
  const items = src.items.map((x, i) => noted(r.line(src, x.name, x.amount, i), x));
  // A list that gives the amount first states its total in the lead-in ("… till Totalt" is no item).
  const amountFirst = layout === 'amount till region' || layout === 'amount går till region, numbered 1)';
  if (ctx.totalRow && !amountFirst) items.push(r.line(src, 'Totalt', src.total, items.length));
  if (ctx.totalRow && amountFirst) ctx = { ...ctx, lead: `${ctx.lead.replace(/:$/, '')}, totalt ${src.total} ${src.unit}:` };
  const before = ctx.before ?? [];
  if (r.file === 'html') {
    const list = layout.startsWith('html paragraphs') ? items : ['<ul>', ...items, '</ul>'];
    const body = [...before.map((p) => `<p>${p}</p>`), `<p>${ctx.lead}</p>`, ...list].join('\n');
    return { file: `list.html`, text: `<!doctype html><html><head><title>Fördelning</title></head><body>\n${body}\n</body></html>\n` };
  }
  // The list split in two by a lead-in of its own after its second item.
  if (layout === 'bullets split in two by a lead-in') items.splice(2, 0, '', 'Därutöver får följande regioner:', '');
  const list = r.blank ? items.join('\n\n') : items.join('\n');
  return { file: `list.${r.file}`, text: [...before, ctx.lead, list].join('\n\n') + '\n' };
}

/** A table's cells: header row, one row per region, the total row. Values without unit words. */
export interface TableContext {
  /** Text before the table (a press release's lead and paragraphs, the sentence that opens the table). */
  before: string[];
  totalRow: boolean;
}

type TableRows = string[][];

function tableRows(src: RegionSource, header: string[], ctx: TableContext): TableRows {
  const rows = [header, ...src.items.map((x) => [x.name, x.note ? `${x.amount} (${x.note})` : x.amount])];
  if (ctx.totalRow) rows.push(['Totalt', src.total]);
  return rows;
}

const cap = (s: string): string => s.slice(0, 1).toUpperCase() + s.slice(1);
const pad = (rows: TableRows, gap = 4): string[] => {
  const w = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  // Labels left, figures right, as pdftotext -layout prints them.
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(w[c]! + gap) : cell.padStart(w[c]!))).join('').trimEnd());
};

/**
 * Renderers of the table forms. Each places the unit where that form commonly has it: in a
 * header cell, a caption, the sentence before, a line of its own above, or the first header cell.
 */
export const TABLE_LAYOUTS: Record<string, (src: RegionSource, ctx: TableContext) => Rendered> = {
  'gfm, unit in header': (s, ctx) => {
    const rows = tableRows(s, ['Region', `Belopp (${s.unitName})`], ctx);
    const md = [`| ${rows[0]!.join(' | ')} |`, '| --- | ---: |', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
    return { file: 'table.md', text: [...ctx.before, md.join('\n')].join('\n\n') + '\n' };
  },
  'gfm, bold total row, unit in caption line': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp'], ctx).map((r) => (r[0] === 'Totalt' ? r.map((c) => `**${c}**`) : r));
    const md = [`| ${rows[0]!.join(' | ')} |`, '| :-- | --: |', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)];
    return { file: 'table.md', text: [...ctx.before, `Tabell 1. Fördelning per region (${s.unitName})`, md.join('\n')].join('\n\n') + '\n' };
  },
  'html table, caption with unit': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp'], ctx);
    const html = [
      '<table>',
      `<caption>Fördelning per region, ${s.unitName}</caption>`,
      `<thead><tr><th>${rows[0]![0]}</th><th>${rows[0]![1]}</th></tr></thead>`,
      '<tbody>',
      ...rows.slice(1).map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`),
      '</tbody></table>',
    ];
    return { file: 'table.html', text: `<!doctype html><html><head><title>Fördelning</title></head><body>\n${ctx.before.map((p) => `<p>${p}</p>`).join('\n')}\n${html.join('\n')}\n</body></html>\n` };
  },
  'html table, grouped header (colspan)': (s, ctx) => {
    const rows = tableRows(s, ['Region', '2025'], ctx);
    const html = [
      '<table>',
      `<thead><tr><th rowspan="2">Region</th><th colspan="1">Belopp, ${s.unitName}</th></tr><tr><th>2025</th></tr></thead>`,
      '<tbody>',
      ...rows.slice(1).map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`),
      '</tbody></table>',
    ];
    return { file: 'table.html', text: `<!doctype html><html><head><title>Fördelning</title></head><body>\n${ctx.before.map((p) => `<p>${p}</p>`).join('\n')}\n${html.join('\n')}\n</body></html>\n` };
  },
  'tabs, unit in the sentence before': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp'], ctx);
    return { file: 'table.txt', text: [...ctx.before, `Beloppen anges i ${s.unitName}:`, rows.map((r) => r.join('\t')).join('\n')].join('\n\n') + '\n' };
  },
  'spaced, unit line above': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp'], ctx);
    return { file: 'table.txt', text: [...ctx.before, [cap(s.unitName), ...pad(rows)].join('\n')].join('\n\n') + '\n' };
  },
  'spaced with rule line, unit in header': (s, ctx) => {
    const rows = tableRows(s, ['Region', `Belopp, ${s.unitName}`], ctx);
    const lines = pad(rows);
    const rule = '-'.repeat(lines[0]!.length);
    const body = ctx.totalRow ? [...lines.slice(1, -1), rule, lines.at(-1)] : [...lines.slice(1), rule];
    return { file: 'table.txt', text: [...ctx.before, [lines[0], rule, ...body].join('\n')].join('\n\n') + '\n' };
  },
  'spaced, header wrapped over two lines': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp i'], ctx);
    const lines = pad(rows);
    const w = lines[0]!.length;
    return { file: 'table.txt', text: [...ctx.before, [lines[0], s.unitName.padStart(w), ...lines.slice(1)].join('\n')].join('\n\n') + '\n' };
  },
  'spaced, page break inside': (s, ctx) => {
    const rows = tableRows(s, ['Region', 'Belopp'], ctx);
    const lines = pad(rows);
    const cut = 1 + Math.ceil((lines.length - 1) / 2);
    const page = ['', 'Sida 3 av 7', '\f', 'Promemoria 2025-03-14', ''];
    return { file: 'table.txt', text: [...ctx.before, [cap(s.unitName), ...lines.slice(0, cut), ...page, ...lines.slice(cut)].join('\n')].join('\n\n') + '\n' };
  },
  'cell per line, unit in first header cell': (s, ctx) => {
    const rows = tableRows(s, [`Belopp i ${s.unitName}`, '2025'], ctx);
    return { file: 'table.txt', text: [...ctx.before, rows.flat().join('\n')].join('\n\n') + '\n' };
  },
  'cell per line, blank line between cells': (s, ctx) => {
    const rows = tableRows(s, ['Region', `Belopp (${s.unitName})`], ctx);
    return { file: 'table.txt', text: [...ctx.before, rows.flat().join('\n\n')].join('\n\n') + '\n' };
  },
  'cell per line, blank line between rows': (s, ctx) => {
    const rows = tableRows(s, ['Region', `Belopp (${s.unitName})`], ctx);
    return { file: 'table.txt', text: [...ctx.before, rows.map((r) => r.join('\n')).join('\n\n')].join('\n\n') + '\n' };
  },
};

export function readDoc(r: Rendered): Document {
  return docOf(r);
}

export function audit(doc: Document): Finding[] {
  return [...runRules([doc], ALL_RULES, loadRuleContext([doc.file])).values()].flat();
}

/** The table whose rows name the source's regions, if any. */
export function regionTable(doc: Document): Table | undefined {
  return doc.tables.find((t) => t.rows.filter((r) => r.region !== null).length >= 3);
}

/** What a reading gave for the regions: [code, kronor] per region row, and whether every column read is in kronor. */
export function regionRows(t: Table | undefined): [string, string | null][] {
  if (!t) return [];
  return t.rows.filter((r) => r.kind === 'data' && r.region).map((r) => [r.region!.code, r.cells[0]?.value?.toFixed() ?? null]);
}

export function expectedRows(src: RegionSource): [string, string][] {
  return src.items.map((x) => [x.code, kronor(x.amount, src.scale)]);
}

export const flagged = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
export const errors = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity === 'error');

/** A claim of the total in a press release's lead, paragraphs above the list or table it totals. */
export interface LeadClaim {
  id: string;
  source: RegionSource;
  /** The lead paragraph: the claim and perhaps other amounts. */
  lead: string;
  /** The total the claim states, in kronor. */
  claimed: string;
  /** A mutant of its own when the source's one change stays within the claim's rounding. */
  mutant?: [number, string];
}

export const TOLV_MILJONER: RegionSource = {
  id: 'tolv-miljoner',
  unit: 'miljoner kronor',
  unitName: 'miljoner kronor',
  scale: 1e6,
  unitPerItem: true,
  items: [
    { name: 'Region Stockholm', code: '01', amount: '5,0' },
    { name: 'Västra Götalandsregionen', code: '14', amount: '4,5' },
    { name: 'Region Skåne', code: '12', amount: '2,5' },
  ],
  total: '12,0',
  mutant: [2, '3,5'],
};

const bySource = (id: string): RegionSource => REGION_SOURCES.find((s) => s.id === id)!;

export const LEAD_CLAIMS: LeadClaim[] = [
  { id: 'fördelar (active)', source: bySource('mnkr-regions'), lead: 'Regeringen fördelar 120,5 miljoner kronor till regionerna för att korta vårdköerna.', claimed: '120500000' },
  { id: 'totalt får', source: bySource('kronor-lan'), lead: 'Totalt får länen 208 miljoner kronor i år för arbetet med klimatanpassning.', claimed: '208000000' },
  { id: 'passive', source: bySource('tkr-once'), lead: 'Sammanlagt 3,6 miljoner kronor fördelas till länsstyrelserna för arbetet med viltvård.', claimed: '3600000' },
  { id: 'sammanlagt … går till', source: bySource('mdkr'), lead: 'Sammanlagt 3,2 miljarder kronor går till regionerna under nästa år.', claimed: '3200000000' },
  { id: 'number in words', source: TOLV_MILJONER, lead: 'Regionerna får sammanlagt tolv miljoner kronor för att stärka akutsjukvården.', claimed: '12000000' },
  { id: 'rounded (drygt)', source: bySource('mnkr-regions'), lead: 'Regeringen fördelar drygt 120 miljoner kronor till regionerna för att korta vårdköerna.', claimed: '120000000', mutant: [1, '65,6'] },
  { id: 'rounded (cirka), perfect tense', source: bySource('varav-notes'), lead: 'Cirka 55 miljoner kronor har fördelats till regionerna i norr och Gotland.', claimed: '55000000', mutant: [1, '25,0'] },
  { id: 'claim in the title', source: bySource('mnkr-short'), lead: '# 27,5 miljoner kronor till regionerna i söder\n\nRegeringen har i dag beslutat om stödet.', claimed: '27500000' },
  { id: 'claim in a heading-led page', source: bySource('kronor-lan'), lead: '## Länen får 208 miljoner kronor\n\nLänsstyrelserna tilldelas sammanlagt 208 miljoner kronor för klimatanpassning.', claimed: '208000000' },
  {
    id: 'several amounts in the lead',
    source: bySource('mnkr-short'),
    lead: 'Regeringen fördelar 27,5 miljoner kronor till fyra regioner. Gotland får 4,5 miljoner kronor av dem, och förra året var hela beloppet 25 miljoner kronor.',
    claimed: '27500000',
  },
];

export const BETWEEN = [
  'Pengarna ska användas till att korta köerna i vården och förbättra tillgängligheten i hela landet.',
  '– Det här är en viktig satsning för patienterna, säger socialministern.',
];

/** A total stated in the sentence before a lead-in, then the parts as a list (no regions). */
export interface TotalBeforeList {
  id: string;
  /** The sentence that states the total and the lead-in that opens the list. */
  lead: string;
  /** Parts: label and amount with its unit words; `sub` parts are printed one level in under the part before. */
  parts: { label: string; amount: string; sub?: boolean }[];
  /** The stated total and the top-level parts' sum, in kronor. */
  stated: string;
  mutant: [number, string];
  /** The mutant's top-level sum, in kronor. */
  mutantSum: string;
}

export const TOTAL_BEFORE_LISTS: TotalBeforeList[] = [
  {
    id: 'omfattar totalt, four parts',
    lead: 'Överenskommelsen omfattar totalt 1 215,5 miljoner kronor. Överenskommelsen har fyra delar:',
    parts: [
      { label: 'Stöd till vårdcentraler', amount: '500 miljoner kronor' },
      { label: 'Kompetensförsörjning', amount: '300 miljoner kronor' },
      { label: 'Digitala vårdtjänster', amount: '215,5 miljoner kronor' },
      { label: 'Uppföljning och analys', amount: '200 miljoner kronor' },
    ],
    stated: '1215500000',
    mutant: [1, '310 miljoner kronor'],
    mutantSum: '1225500000',
  },
  {
    id: 'parts in other units',
    lead: 'Projektet kostar sammanlagt 2,5 miljoner kronor. Kostnaderna består av tre delar:',
    parts: [
      { label: 'Personal', amount: '1,8 miljoner kronor' },
      { label: 'Lokaler', amount: '450 tkr' },
      { label: 'Resor och möten', amount: '250 000 kronor' },
    ],
    stated: '2500000',
    mutant: [1, '650 tkr'],
    mutantSum: '2700000',
  },
  {
    id: 'unit stated once',
    lead: 'Satsningen omfattar totalt 96 miljoner kronor. Medlen fördelas på tre områden (miljoner kronor):',
    parts: [
      { label: 'Förebyggande arbete', amount: '40' },
      { label: 'Utbildning', amount: '36' },
      { label: 'Forskning', amount: '20' },
    ],
    stated: '96000000',
    mutant: [1, '46'],
    mutantSum: '106000000',
  },
  {
    id: 'sub-items under an item',
    lead: 'Anslaget uppgår totalt till 80 miljoner kronor. Det fördelas på två områden:',
    parts: [
      { label: 'Forskning', amount: '50 miljoner kronor' },
      { label: 'Medicin', amount: '30 miljoner kronor', sub: true },
      { label: 'Teknik', amount: '20 miljoner kronor', sub: true },
      { label: 'Innovation', amount: '30 miljoner kronor' },
    ],
    stated: '80000000',
    mutant: [3, '35 miljoner kronor'],
    mutantSum: '85000000',
  },
  {
    id: 'total in the lead-in itself',
    lead: 'Regeringen fördelar totalt 64,5 miljoner kronor enligt följande:',
    parts: [
      { label: 'Länsstyrelserna', amount: '30 miljoner kronor' },
      { label: 'Naturvårdsverket', amount: '22,5 miljoner kronor' },
      { label: 'Havs- och vattenmyndigheten', amount: '12 miljoner kronor' },
    ],
    stated: '64500000',
    mutant: [2, '15 miljoner kronor'],
    mutantSum: '67500000',
  },
  {
    id: 'total in kronor, parts in tkr',
    lead: 'Bidraget uppgår sammanlagt till 1 850 000 kronor. Det fördelas mellan tre projekt:',
    parts: [
      { label: 'Projekt Norr', amount: '900 tkr' },
      { label: 'Projekt Mitt', amount: '600 tkr' },
      { label: 'Projekt Syd', amount: '350 tkr' },
    ],
    stated: '1850000',
    mutant: [0, '950 tkr'],
    mutantSum: '1900000',
  },
  {
    id: 'rounded claim (drygt)',
    lead: 'Satsningen omfattar totalt drygt 1,2 miljarder kronor. Pengarna fördelas på tre insatser:',
    parts: [
      { label: 'Förebyggande arbete', amount: '500 miljoner kronor' },
      { label: 'Utbildning av personal', amount: '400 miljoner kronor' },
      { label: 'Forskning och uppföljning', amount: '310 miljoner kronor' },
    ],
    stated: '1200000000',
    mutant: [2, '510 miljoner kronor'],
    mutantSum: '1410000000',
  },
  {
    id: 'one decimal, cirka',
    lead: 'Regeringen avsätter sammanlagt cirka 4,3 miljarder kronor under perioden. Satsningen har tre delar:',
    parts: [
      { label: 'Äldreomsorgen', amount: '2 100 miljoner kronor' },
      { label: 'Hemtjänsten', amount: '1 450 miljoner kronor' },
      { label: 'Anhörigstöd', amount: '780 miljoner kronor' },
    ],
    stated: '4300000000',
    mutant: [0, '2 600 miljoner kronor'],
    mutantSum: '4830000000',
  },
];

export function mutateParts(src: TotalBeforeList): TotalBeforeList {
  const [at, amount] = src.mutant;
  return { ...src, parts: src.parts.map((p, i) => (i === at ? { ...p, amount } : p)) };
}

/** Renderers of a part list: bullet forms, amount in parentheses or after a dash, and one part per paragraph. */
export const PART_LAYOUTS: Record<string, { file: 'txt' | 'md' | 'html'; line: (label: string, amount: string, i: number) => string; blank?: boolean }> = {
  '- parentheses': { file: 'txt', line: (l, a) => `- ${l} (${a})` },
  '1) dash': { file: 'txt', line: (l, a, i) => `${i + 1}) ${l} – ${a}` },
  'amount first': { file: 'txt', line: (l, a) => `- ${a} till ${l.slice(0, 1).toLowerCase()}${l.slice(1)}` },
  'markdown numbered, bold label': { file: 'md', line: (l, a, i) => `${i + 1}. **${l}**: ${a}` },
  '* dash': { file: 'txt', line: (l, a) => `* ${l} – ${a}` },
  '• colon': { file: 'txt', line: (l, a) => `• ${l}: ${a}` },
  'numbered parentheses': { file: 'txt', line: (l, a, i) => `${i + 1}. ${l} (${a})` },
  'markdown bullets': { file: 'md', line: (l, a) => `- ${l} (${a})` },
  'html ul': { file: 'html', line: (l, a) => `${l} – ${a}` },
  'one per paragraph, dash': { file: 'txt', line: (l, a) => `– ${l}: ${a}`, blank: true },
};

export function renderParts(layout: string, src: TotalBeforeList): Rendered {
  const r = PART_LAYOUTS[layout]!;
  const intro = 'Regeringen har i dag fattat beslut om en satsning på vården.';
  if (r.file === 'html') {
    const out: string[] = ['<ul>'];
    src.parts.forEach((p, i) => {
      const li = `<li>${r.line(p.label, p.amount, i)}`;
      const next = src.parts[i + 1];
      if (p.sub) out.push(`${li}</li>`, ...(next?.sub ? [] : ['</ul></li>']));
      else if (next?.sub) out.push(li, '<ul>');
      else out.push(`${li}</li>`);
    });
    out.push('</ul>');
    return { file: 'parts.html', text: `<!doctype html><html><head><title>Satsning</title></head><body>\n<p>${intro}</p>\n<p>${src.lead}</p>\n${out.join('\n')}\n</body></html>\n` };
  }
  let top = 0;
  const lines = src.parts.map((p) => {
    const line = r.line(p.label, p.amount, p.sub ? 0 : top++);
    return p.sub ? `    ${line.replace(/^\d+\. /, '- ').replace(/^– /, '- ')}` : line;
  });
  return { file: `parts.${r.file}`, text: [intro, src.lead, lines.join(r.blank ? '\n\n' : '\n')].join('\n\n') + '\n' };
}
