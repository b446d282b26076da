import { Decimal } from 'decimal.js';
import type { Finding } from '../../src/model/finding.js';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A class × layout matrix for four structure classes: cells one per line with blank lines
 * (blank-line-cells), empty and marker cells (blank-cells), column titles wrapped over lines
 * (wrapped-header) and a rounding the document declares (rounded-declared). Each small table
 * below is invented (real region names, sums that add up) and printed by a renderer in every
 * way a web page or a PDF copied out as text prints it; each has a mutant with one cell
 * changed so a sum no longer holds. Every variant must be read exactly (every region row,
 * every value, the unit), a correct table must give no error, and the mutant must be flagged.
 */

/** One source table: the caption line, the label column's title, the value columns' titles (one entry a printed line) and the rows. */
export interface Source {
  name: string;
  caption: string;
  labelHeader: string;
  heads: string[][];
  /** Label and cells as printed; '' an empty cell. A label may be given as two lines ("Region Västra", "Götaland"). */
  rows: [string | [string, string], ...string[]][];
  /** Multiplier of the unit the caption or header states (1000 for tkr) and the unit; `units` per column where they differ. */
  scale: number;
  unit: 'SEK' | 'count' | null;
  units?: ('SEK' | 'count' | null)[];
  /** A sentence printed after the table (a note on rounding), or before it. */
  after?: string;
  before?: string;
  /** The mutant: row index, value column index, new text. */
  mutant: [number, number, string];
  /** For rounded tables: the correct variant must say something (info or warning) about the sum. */
  noteExpected?: boolean;
}

export type Layout =
  | 'pipe'
  | 'pipe-head-rows'
  | 'html'
  | 'html-row-heads'
  | 'tsv'
  | 'spaced'
  | 'spaced-rule'
  | 'spaced-page'
  | 'spaced-top'
  | 'cells'
  | 'cells-blank'
  | 'cells-rows'
  | 'cells-2blank'
  | 'cells-page';

export const LAYOUTS: readonly Layout[] = ['pipe', 'pipe-head-rows', 'html', 'html-row-heads', 'tsv', 'spaced', 'spaced-rule', 'spaced-page', 'spaced-top', 'cells', 'cells-blank', 'cells-rows', 'cells-2blank', 'cells-page'];

export const labelText = (l: string | [string, string]): string => (typeof l === 'string' ? l : `${l[0]} ${l[1]}`);
const labelLines = (l: string | [string, string]): string[] => (typeof l === 'string' ? [l] : [...l]);

/** A title printed over lines as a reader joins it: a hyphen at a line's end before a small letter is a break inside a word. */
export function joinTitle(lines: readonly string[]): string {
  return lines.reduce((a, l) => (a === '' ? l : /-$/.test(a) && /^\p{Ll}/u.test(l) ? a.slice(0, -1) + l : `${a} ${l}`), '');
}

/** The running header and page number a PDF prints where a page ends inside the table. */
const PAGE_BREAK = ['', '7', '\f2023-05-04                                        Fi2023/01234', ''];

function pad(s: string, w: number, right: boolean): string {
  return right ? s.padStart(w) : s.padEnd(w);
}

/** Column titles stacked line under line, each title's last line on the header's last line (or, `top`, each first line on the first). */
function stackedHeads(src: Source, top = false): string[][] {
  const titles = [[src.labelHeader], ...src.heads];
  const depth = Math.max(...titles.map((h) => h.length));
  const fill = (h: string[]): string[] => Array<string>(depth - h.length).fill('');
  return titles.map((h) => (top ? [...h, ...fill(h)] : [...fill(h), ...h]));
}

function renderSpaced(src: Source, rule: boolean, page: boolean, top = false): string {
  const heads = stackedHeads(src, top);
  const depth = heads[0]!.length;
  const cols = heads.length;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...heads[c]!.map((h) => h.length), ...src.rows.map((r) => (c === 0 ? labelText(r[0]) : (r[c] as string)).length)));
  const line = (cells: string[]): string =>
    cells
      .map((x, c) => pad(x, widths[c]!, c > 0))
      .join('    ')
      .replace(/ +$/, '');
  const out: string[] = [];
  for (let i = 0; i < depth; i++) out.push(line(heads.map((h) => h[i]!)));
  if (rule) out.push('-'.repeat(widths.reduce((a, w) => a + w + 4, -4)));
  src.rows.forEach((r, i) => {
    out.push(line([labelText(r[0]), ...(r.slice(1) as string[])]));
    if (page && i === 1) out.push(...PAGE_BREAK);
  });
  return out.join('\n');
}

type CellMode = 'tight' | 'blank' | 'rows' | '2blank';

function renderCells(src: Source, mode: CellMode, page: boolean): string {
  // A cell's own lines stand together; cells apart by the layout's separator.
  const rowsOut: string[][][] = [[[src.labelHeader], ...src.heads]];
  for (const r of src.rows) rowsOut.push([mode === 'blank' || mode === '2blank' ? labelLines(r[0]) : [labelText(r[0])], ...(r.slice(1) as string[]).map((c) => [c])]);
  const cellSep = mode === 'tight' || mode === 'rows' ? '\n' : '\n\n';
  const rowSep = mode === 'tight' ? '\n' : mode === '2blank' ? '\n\n\n' : '\n\n';
  const parts: string[] = [];
  rowsOut.forEach((row, i) => {
    parts.push(row.map((cell) => cell.join('\n')).join(cellSep));
    if (page && i === 2) parts.push(PAGE_BREAK.join('\n').trim());
  });
  return parts.join(rowSep);
}

function renderPipe(src: Source, headRows: boolean): string {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const body = src.rows.map((r) => row([labelText(r[0]), ...(r.slice(1) as string[])]));
  const rule = `|---|${src.heads.map(() => '---:').join('|')}|`;
  if (!headRows) return [row([src.labelHeader, ...src.heads.map((h) => h.join('<br>'))]), rule, ...body].join('\n');
  // The titles' further lines as further pipe rows under the first (a web table whose header has two rows).
  const depth = Math.max(...src.heads.map((h) => h.length));
  const rest: string[] = [];
  for (let i = 1; i < depth; i++) rest.push(row(['', ...src.heads.map((h) => h[i] ?? '')]));
  return [row([src.labelHeader, ...src.heads.map((h) => h[0]!)]), rule, ...rest, ...body].join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An HTML table; `rowHeads`: each row's label a <th scope="row">, its cells wrapped in <p> as some publishing systems print them. */
function renderHtml(src: Source, rowHeads = false): string {
  const th = [src.labelHeader, ...src.heads.map((h) => h.map(esc).join('<br>'))].map((h, i) => `<th>${i === 0 ? esc(h) : h}</th>`).join('');
  const label = (l: string): string => (rowHeads ? `<th scope="row">${esc(l)}</th>` : `<td>${esc(l)}</td>`);
  const cell = (c: string): string => (rowHeads ? `<td><p>${esc(c)}</p></td>` : `<td>${esc(c)}</td>`);
  const body = src.rows.map((r) => `<tr>${label(labelText(r[0]))}${(r.slice(1) as string[]).map(cell).join('')}</tr>`).join('\n');
  return `<table>\n<caption>${esc(src.caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function renderTsv(src: Source): string {
  const heads = stackedHeads(src);
  const depth = heads[0]!.length;
  const out: string[] = [];
  for (let i = 0; i < depth; i++) out.push(heads.map((h) => h[i]!).join('\t'));
  for (const r of src.rows) out.push([labelText(r[0]), ...(r.slice(1) as string[])].join('\t'));
  return out.join('\n');
}

/** The whole document a layout prints: a title, the sentence before, the caption, the table, the note after. */
export function render(src: Source, layout: Layout): { file: string; text: string } {
  const intro = 'Regeringen fördelar medel till regionerna enligt nedan.';
  const table =
    layout === 'pipe' || layout === 'pipe-head-rows'
      ? renderPipe(src, layout === 'pipe-head-rows')
      : layout === 'html' || layout === 'html-row-heads'
        ? renderHtml(src, layout === 'html-row-heads')
        : layout === 'tsv'
          ? renderTsv(src)
          : layout.startsWith('spaced')
            ? renderSpaced(src, layout === 'spaced-rule', layout === 'spaced-page', layout === 'spaced-top')
            : renderCells(src, layout === 'cells' ? 'tight' : layout === 'cells-blank' || layout === 'cells-page' ? 'blank' : layout === 'cells-rows' ? 'rows' : '2blank', layout === 'cells-page');
  if (layout.startsWith('html')) {
    const p = (s: string | undefined): string => (s ? `<p>${esc(s)}</p>\n` : '');
    return { file: 'case.html', text: `<html><body>\n<h1>Fördelning av medel</h1>\n<p>${intro}</p>\n${p(src.before)}${table}\n${p(src.after)}</body></html>\n` };
  }
  const parts = ['Fördelning av medel', intro, ...(src.before ? [src.before] : []), src.caption, table, ...(src.after ? [src.after] : [])];
  return { file: layout.startsWith('pipe') ? 'case.md' : 'case.txt', text: `${parts.join('\n\n')}\n` };
}

/** The number a printed cell states in base units, or null for an empty or marker cell; a lone dash is the tables' sign for nothing, 0. */
function valueOf(raw: string, scale: number): string | null {
  if (/^[-–]$/.test(raw)) return '0';
  const s = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new Decimal(s).times(scale).toFixed();
}

export function mutantOf(src: Source): Source {
  const [r, c, text] = src.mutant;
  return { ...src, rows: src.rows.map((row, i) => (i === r ? (row.map((x, j) => (j === c + 1 ? text : x)) as Source['rows'][number]) : row)) };
}

export function readOf(src: Source, layout: Layout): { table: Table | undefined; tables: readonly Table[]; findings: Finding[] } {
  const { file, text } = render(src, layout);
  const doc = docOf({ file, text });
  const first = labelText(src.rows[0]![0]);
  const table = doc.tables.find((t) => t.rows.some((r) => r.label === first));
  const findings = runRules([doc], ALL_RULES).get(file) ?? [];
  return { table, tables: doc.tables, findings };
}

/** What a person reads off the source: every row's label and values in base units, and each column's unit. */
export function expected(src: Source): { rows: [string, ...(string | null)[]][]; units: [string | null, number][] } {
  return {
    rows: src.rows.map((r) => [labelText(r[0]), ...(r.slice(1) as string[]).map((c, i) => valueOf(c, (src.units ? src.units[i] : src.unit) === 'SEK' ? src.scale : 1))]),
    units: src.heads.map((_, i) => {
      const u = src.units ? src.units[i]! : src.unit;
      return [u, u === 'SEK' ? src.scale : 1];
    }),
  };
}

export function got(table: Table | undefined): { rows: [string, ...(string | null)[]][]; units: [string | null, number][] } | undefined {
  if (!table) return undefined;
  return {
    rows: table.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
    units: table.columns.map((c) => [c.unit, c.scale]),
  };
}

export const errors = (fs: readonly Finding[]): string[] => fs.filter((f) => f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`);
export const sumFindings = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.ruleId.startsWith('table/') && f.severity !== 'info');

// ——— blank-line-cells: web tables pasted as text, one cell per line ———

export const BLANK_LINE_CELLS: Source[] = [
  {
    name: 'belopp i tkr',
    caption: 'Tabell 2. Fördelning av bidrag per region',
    labelHeader: 'Region',
    heads: [['Belopp i', 'tkr']],
    rows: [
      ['Uppsala län', '1 250'],
      ['Gotlands län', '310'],
      ['Skåne län', '2 480'],
      ['Västerbottens län', '960'],
      ['Totalt', '5 000'],
    ],
    scale: 1000,
    unit: 'SEK',
    mutant: [2, 0, '2 580'],
  },
  {
    name: 'two years in mnkr',
    caption: 'Medel per län 2022 och 2023, miljoner kronor',
    labelHeader: 'Län',
    heads: [['2022'], ['2023']],
    rows: [
      ['Stockholms län', '45,5', '48,0'],
      ['Hallands län', '12,0', '12,5'],
      ['Jämtlands län', '6,5', '7,0'],
      ['Summa', '64,0', '67,5'],
    ],
    scale: 1e6,
    unit: 'SEK',
    mutant: [1, 1, '13,5'],
  },
  {
    name: 'unit in the sentence before',
    caption: 'Tabell 3. Medel per län 2022 och 2023',
    labelHeader: 'Län',
    heads: [['2022'], ['2023']],
    rows: [
      ['Västmanlands län', '8,5', '9,0'],
      ['Södermanlands län', '10,0', '10,5'],
      ['Östergötlands län', '15,5', '16,0'],
      ['Totalt', '34,0', '35,5'],
    ],
    scale: 1e6,
    unit: 'SEK',
    before: 'Beloppen i tabellen anges i miljoner kronor.',
    mutant: [0, 0, '9,5'],
  },
  {
    name: 'unit in the first header cell',
    caption: 'Fördelning per region',
    labelHeader: 'Belopp i tusental kronor',
    heads: [['Ram'], ['Utfall']],
    rows: [
      ['Region Uppsala', '2 400', '2 350'],
      ['Region Gävleborg', '1 900', '1 880'],
      ['Region Dalarna', '1 700', '1 690'],
      ['Summa', '6 000', '5 920'],
    ],
    scale: 1000,
    unit: 'SEK',
    mutant: [2, 1, '1 790'],
  },
  {
    name: 'labels of two lines',
    caption: 'Antal platser per region',
    labelHeader: 'Region',
    heads: [['Antal', 'platser'], ['Varav', 'nya']],
    rows: [
      [['Region Västra', 'Götaland'], '120', '30'],
      [['Region Jönköpings', 'län'], '45', '10'],
      ['Region Norrbotten', '60', '15'],
      ['Summa', '225', '55'],
    ],
    scale: 1,
    unit: 'count',
    // The caption counts ("Antal platser per region"), so a column whose title does not is a count too (caption-count.ts).
    units: ['count', 'count'],
    mutant: [1, 0, '54'],
  },
];

// ——— blank-cells: empty, dash and marker cells, text in a number column ———

export const BLANK_CELLS: Source[] = [
  {
    name: 'empty and dash',
    caption: 'Bidrag per region, kronor',
    labelHeader: '',
    heads: [['Bidrag 2023'], ['Bidrag 2024']],
    rows: [
      ['Uppsala län', '100 000', '120 000'],
      ['Gotlands län', '–', '40 000'],
      ['Kalmar län', '80 000', ''],
      ['Totalt', '180 000', '160 000'],
    ],
    scale: 1,
    unit: 'SEK',
    mutant: [0, 0, '110 000'],
  },
  {
    name: 'dots, x and zero',
    caption: 'Anslag och utfall per län, tkr',
    labelHeader: 'Län',
    heads: [['Anslag'], ['Utfall']],
    rows: [
      ['Örebro län', '500', '480'],
      ['Dalarnas län', '..', '220'],
      ['Gävleborgs län', '300', 'x'],
      ['Värmlands län', '0', '0'],
      ['Summa', '800', '700'],
    ],
    scale: 1000,
    unit: 'SEK',
    mutant: [4, 0, '850'],
  },
  {
    name: 'text cells',
    caption: 'Medel per region (mnkr)',
    labelHeader: 'Region',
    heads: [['Ram'], ['Tillskott']],
    rows: [
      ['Region Skåne', '40', 'Ryms inom ram'],
      ['Region Blekinge', '10', '2'],
      ['Region Kronoberg', '12', 'Se nedan'],
      ['Totalt', '62', '2'],
    ],
    scale: 1e6,
    unit: 'SEK',
    mutant: [1, 0, '15'],
  },
  {
    name: 'hyphen and ellipsis',
    caption: 'Utbetalningar per län, kronor',
    labelHeader: 'Län',
    heads: [['Första delen'], ['Andra delen']],
    rows: [
      ['Kronobergs län', '25 000', '-'],
      ['Blekinge län', '…', '15 000'],
      ['Hallands län', '35 000', '20 000'],
      ['Summa', '60 000', '35 000'],
    ],
    scale: 1,
    unit: 'SEK',
    mutant: [2, 1, '22 000'],
  },
];

// ——— wrapped-header: titles over two or three lines ———

export const WRAPPED_HEADER: Source[] = [
  {
    name: 'hyphenated title',
    caption: 'Beviljade bidrag per region',
    labelHeader: 'Region',
    heads: [['Bidrags-', 'belopp (kr)'], ['Antal', 'projekt']],
    rows: [
      ['Östergötlands län', '250 000', '5'],
      ['Jönköpings län', '150 000', '3'],
      ['Kalmar län', '100 000', '2'],
      ['Totalt', '500 000', '10'],
    ],
    scale: 1,
    unit: 'SEK',
    units: ['SEK', 'count'],
    mutant: [2, 1, '4'],
  },
  {
    name: 'three-line titles',
    caption: 'Medel till de norra länen',
    labelHeader: 'Län',
    heads: [['Beviljade', 'medel', '2023 (tkr)'], ['Utbetalt', 'per 31 dec', '(tkr)']],
    rows: [
      ['Norrbottens län', '900', '850'],
      ['Västerbottens län', '700', '640'],
      ['Jämtlands län', '400', '410'],
      ['Västernorrlands län', '500', '500'],
      ['Summa', '2 500', '2 400'],
    ],
    scale: 1000,
    unit: 'SEK',
    mutant: [4, 1, '2 300'],
  },
  {
    name: 'unit under the title',
    caption: 'Ansökt och beviljat per region',
    labelHeader: 'Region',
    heads: [['Ansökt belopp', 'tkr'], ['Beviljat belopp', 'tkr']],
    rows: [
      ['Region Stockholm', '3 200', '2 800'],
      ['Region Uppsala', '1 100', '900'],
      ['Region Sörmland', '700', '650'],
      ['Totalt', '5 000', '4 350'],
    ],
    scale: 1000,
    unit: 'SEK',
    mutant: [0, 0, '3 100'],
  },
];

// ——— rounded-declared: the document says its figures are rounded ———

export const ROUNDED: Source[] = [
  {
    name: 'tusental kronor, note after',
    caption: 'Fördelning per län, tkr',
    labelHeader: 'Län',
    heads: [['Belopp']],
    rows: [
      ['Stockholms län', '1 234'],
      ['Uppsala län', '567'],
      ['Gotlands län', '89'],
      ['Totalt', '1 891'],
    ],
    scale: 1000,
    unit: 'SEK',
    after: 'Beloppen är avrundade till närmaste tusental kronor.',
    mutant: [3, 0, '1 991'],
    noteExpected: true,
  },
  {
    name: 'counts rounded to tens, note before',
    caption: 'Antal deltagare per region',
    labelHeader: 'Region',
    heads: [['Antal deltagare']],
    rows: [
      ['Region Skåne', '1 230'],
      ['Region Blekinge', '340'],
      ['Region Halland', '560'],
      ['Summa', '2 140'],
    ],
    scale: 1,
    unit: 'count',
    before: 'Antalen är avrundade till närmaste tiotal, varför summan kan avvika.',
    mutant: [3, 0, '2 240'],
    noteExpected: true,
  },
  {
    name: 'footnote, mnkr with a decimal',
    caption: 'Medel per län, miljoner kronor',
    labelHeader: 'Län',
    heads: [['Medel']],
    rows: [
      ['Dalarnas län', '12,4'],
      ['Gävleborgs län', '8,7'],
      ['Värmlands län', '10,2'],
      ['Totalt', '31,2'],
    ],
    scale: 1e6,
    unit: 'SEK',
    after: 'Anm. Siffrorna är avrundade och summerar därför inte alltid.',
    mutant: [3, 0, '33,2'],
    noteExpected: true,
  },
  {
    name: 'tiotusental kronor, printed in kronor',
    caption: 'Beviljade medel per län, kronor',
    labelHeader: 'Län',
    heads: [['Beviljat']],
    rows: [
      ['Stockholms län', '1 230 000'],
      ['Uppsala län', '560 000'],
      ['Gotlands län', '90 000'],
      ['Örebro län', '340 000'],
      ['Totalt', '2 230 000'],
    ],
    scale: 1,
    unit: 'SEK',
    after: 'Samtliga belopp har avrundats till närmaste tiotusental kronor.',
    mutant: [4, 0, '2 530 000'],
    noteExpected: true,
  },
  {
    name: 'counts, "på grund av avrundning" in a footnote',
    caption: 'Antal beviljade ansökningar per län',
    labelHeader: 'Län',
    heads: [['Ansökningar']],
    rows: [
      ['Jönköpings län', '2 470'],
      ['Kronobergs län', '1 380'],
      ['Kalmar län', '1 650'],
      ['Summa', '5 510'],
    ],
    scale: 1,
    // The caption counts ("Antal beviljade ansökningar …"): the column is a count (caption-count.ts).
    unit: 'count',
    after: '¹ Summan kan avvika på grund av avrundning.',
    mutant: [3, 0, '5 810'],
    noteExpected: true,
  },
  {
    name: 'hela miljoner, other wording',
    caption: 'Fördelade medel per region (mnkr)',
    labelHeader: 'Region',
    heads: [['Medel']],
    rows: [
      ['Västra Götalandsregionen', '150'],
      ['Region Skåne', '120'],
      ['Region Stockholm', '210'],
      ['Summa', '481'],
    ],
    scale: 1e6,
    unit: 'SEK',
    after: 'Uppgifterna har avrundats till hela miljoner kronor, varför summan kan avvika från totalen.',
    mutant: [3, 0, '495'],
    noteExpected: true,
  },
];

