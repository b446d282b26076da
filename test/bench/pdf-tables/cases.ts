/**
 * Hand-made region tables for the layouts the random benchmark found read wrongly, each in two
 * layouts (wording, column order, borders, orientation differ). `make-cases.ts` prints them
 * into test/fixtures/pdf/tables/cases/; test/layout/pdf/printed-cases.test.ts reads them back.
 */
import type { HeaderGroup, RegionRow, TableSpec } from './spec.js';

interface CaseInput {
  id: string;
  /** Producers that print it (names in producers.ts). */
  producers: string[];
  groups: HeaderGroup[];
  rowTotal: boolean;
  /** [code, label, values without the row total] */
  rows: [string, string, number[]][];
  layout?: Partial<Pick<TableSpec, 'separator' | 'borders' | 'landscape' | 'narrowLabels' | 'leadParagraphs' | 'rowPadding' | 'repeatHeader' | 'leadSpace'>>;
  /** The row and column whose value the mutant changes (by +7 000), the total kept. */
  mutate: [number, number];
}

export interface PrintedCase {
  spec: TableSpec;
  mutant: TableSpec;
  producers: string[];
}

function build(c: CaseInput): PrintedCase {
  const rows: RegionRow[] = c.rows.map(([code, label, vs]) => {
    const values = vs.map(BigInt);
    if (c.rowTotal) values.push(values.reduce((a, b) => a + b, 0n));
    return { code, label, values };
  });
  const width = rows[0]!.values.length;
  const total = Array.from({ length: width }, (_, k) => rows.reduce((a, r) => a + r.values[k]!, 0n));
  const spec: TableSpec = {
    id: c.id,
    rows,
    total,
    groups: c.groups,
    rowTotal: c.rowTotal,
    separator: 'space',
    borders: false,
    landscape: false,
    narrowLabels: false,
    leadParagraphs: 0,
    rowPadding: 0,
    repeatHeader: true,
    ...c.layout,
  };
  const [mr, mc] = c.mutate;
  const mutant: TableSpec = {
    ...spec,
    id: `${c.id}m`,
    rows: rows.map((r, i) => (i === mr ? { ...r, values: r.values.map((v, k) => (k === mc ? v + 7000n : v)) } : r)),
  };
  return { spec, mutant, producers: c.producers };
}

/** Blank lines before the caption that leave only the first row on page 1 in Chromium (found by printing). */
const LEAD_A = 29;
const LEAD_B = 17;

const single = (...names: string[]): HeaderGroup[] => names.map((n) => ({ title: null, columns: [n] }));

export const CASES: PrintedCase[] = [
  // A group header centred over the first value columns, the row total beside it: the group
  // does not take in the total column (false row-total errors otherwise).
  build({
    id: 'group-beside-total-a',
    producers: ['chromium', 'pdftex'],
    groups: [{ title: 'Statsbidrag', columns: ['Bas', 'Glesbygd', 'Kvalitet', 'Uppföljning'] }, ...single('Totalt')],
    rowTotal: true,
    rows: [
      ['01', 'Region Stockholm', [412_500, 38_200, 129_900, 61_750]],
      ['12', 'Region Skåne', [298_100, 41_000, 95_450, 47_300]],
      ['14', 'Västra Götalandsregionen', [355_800, 52_600, 110_200, 58_900]],
      ['25', 'Region Norrbotten', [88_400, 96_700, 30_100, 12_800]],
      ['09', 'Region Gotland', [21_300, 17_900, 6_750, 3_100]],
    ],
    mutate: [2, 1],
  }),
  // The same in another layout: the group between single columns, another wording, landscape.
  build({
    id: 'group-beside-total-b',
    producers: ['chromium', 'pdftex'],
    groups: [...single('Utveckling'), { title: 'Särskilda medel', columns: ['Psykiatri', 'Förlossning'] }, ...single('Vårdplatser', 'Summa')],
    rowTotal: true,
    rows: [
      ['03', 'Uppsala län', [1_204_000, 350_500, 299_800, 810_000]],
      ['05', 'Östergötlands län', [1_530_250, 402_000, 388_100, 967_400]],
      ['07', 'Kronobergs län', [640_900, 190_300, 141_700, 402_250]],
      ['21', 'Gävleborgs län', [902_600, 260_800, 201_900, 566_100]],
    ],
    layout: { landscape: true, separator: 'nbsp' },
    mutate: [1, 2],
  }),
  // A table whose first row is the last line of page 1 (under its header), the rest on page 2:
  // one table, the lone row not lost.
  build({
    id: 'first-row-alone-a',
    producers: ['chromium'],
    groups: single('Grundbidrag', 'Tilläggsbidrag'),
    rowTotal: false,
    rows: [
      ['01', 'Stockholms län', [1_905_300, 402_750]],
      ['03', 'Uppsala län', [612_400, 98_300]],
      ['04', 'Södermanlands län', [455_900, 120_050]],
      ['05', 'Östergötlands län', [702_150, 133_800]],
      ['06', 'Jönköpings län', [588_000, 101_250]],
      ['07', 'Kronobergs län', [301_700, 77_400]],
    ],
    layout: { leadSpace: LEAD_A, separator: 'nnbsp' },
    mutate: [0, 0],
  }),
  build({
    id: 'first-row-alone-b',
    producers: ['chromium'],
    groups: [{ title: 'Anslag 2026', columns: ['Primärvård', 'Psykiatri'] }, ...single('Totalt')],
    rowTotal: true,
    rows: [
      ['22', 'Region Västernorrland', [8_201_000, 2_950_500]],
      ['23', 'Region Jämtland Härjedalen', [5_110_400, 1_870_250]],
      ['24', 'Region Västerbotten', [9_880_700, 3_402_600]],
      ['25', 'Region Norrbotten', [9_012_300, 3_115_900]],
      ['20', 'Region Dalarna', [10_450_800, 3_990_100]],
    ],
    layout: { leadSpace: LEAD_B, landscape: true, borders: true },
    mutate: [0, 1],
  }),
  // Numbers too long for their narrow cells, wrapped inside them ("10 218" over "001"), the
  // cells of one line centred between the pieces: each number is one cell again.
  build({
    id: 'wrapped-cell-a',
    producers: ['libreoffice'],
    groups: single('Utveckling', 'Kompetens', 'Tillgänglighet', 'Uppföljning', 'Grundbelopp', 'Kvalitet', 'Totalt'),
    rowTotal: false,
    rows: [
      ['20', 'Dalarnas län', [2_269_147, 7_456_546, 9_118_919, 4_646_291, 5_882_644, 8_425_688, 37_799_235]],
      ['03', 'Uppsala län', [5_734_022, 1_098_730, 3_749_027, 897_500, 4_258_443, 3_639_995, 19_377_717]],
      ['04', 'Södermanlands län', [3_386_507, 2_079_769, 1_053_674, 2_628_706, 9_253_811, 10_218_001, 28_620_468]],
      ['13', 'Hallands län', [5_564_277, 1_401_739, 6_109_633, 9_039_212, 7_496_774, 8_001_310, 37_612_945]],
      ['12', 'Skåne län', [9_630_593, 2_077_390, 2_746_912, 6_103_880, 9_862_927, 1_938_010, 32_359_712]],
    ],
    mutate: [3, 2],
  }),
  build({
    id: 'wrapped-cell-b',
    producers: ['libreoffice'],
    groups: single('Kompetens', 'Kvalitet', 'Uppföljning', 'Tillägg', 'Grundbelopp', 'Tillgänglighet', 'Prestation'),
    rowTotal: false,
    rows: [
      ['19', 'Region Västmanland', [38_846_150, 6_149_672, 42_539_508, 35_973_585, 40_275_830, 73_387_347, 9_567_619]],
      ['18', 'Region Örebro län', [21_557_895, 16_611_369, 92_537_818, 102_147_344, 70_919_361, 67_120_681, 53_323_580]],
      ['07', 'Region Kronoberg', [50_489_708, 33_858_287, 67_189_219, 48_508_195, 96_226_278, 61_240_928, 53_964_269]],
      ['12', 'Region Skåne', [37_174_708, 76_950_277, 91_959_288, 43_964_866, 59_014_524, 90_637_368, 55_827_651]],
    ],
    layout: { narrowLabels: true },
    mutate: [2, 5],
  }),
  // A scanned table with an OCR layer: every cell is marked as read by OCR, a sum that
  // disagrees over it is a warning that says so, never an error.
  build({
    id: 'ocr-scan-a',
    producers: ['ocr-crop'],
    groups: single('Bidrag', 'Ersättning'),
    rowTotal: false,
    rows: [
      ['01', 'Region Stockholm', [250_000, 125_500]],
      ['03', 'Region Uppsala', [80_000, 42_250]],
      ['04', 'Region Sörmland', [61_000, 30_750]],
      ['12', 'Region Skåne', [190_000, 98_000]],
    ],
    layout: { landscape: true, separator: 'nbsp' },
    mutate: [1, 0],
  }),
  build({
    id: 'ocr-scan-b',
    producers: ['ocr-crop'],
    groups: [{ title: 'Medel 2026', columns: ['Vård', 'Omsorg'] }, ...single('Totalt')],
    rowTotal: true,
    rows: [
      ['20', 'Dalarnas län', [540_000, 210_000]],
      ['21', 'Gävleborgs län', [505_000, 199_000]],
      ['22', 'Västernorrlands län', [402_000, 158_000]],
      ['23', 'Jämtlands län', [230_000, 91_000]],
    ],
    mutate: [2, 1],
  }),
];
