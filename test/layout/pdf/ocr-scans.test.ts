import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { audit, regionTables } from '../../bench/pdf-tables/compare.js';

/**
 * Two region tables printed by LibreOffice (the sources are beside them, ruled.html and
 * borderless.html), the top of page 1 scanned at 300 dpi in grey and read by tesseract (swe,
 * --psm 6) as the benchmark's OCR producer does, cropped so the files stay small. What tesseract
 * put in the text layer, and the values below, were checked by hand against the sources:
 *
 * - ruled (tight columns, cell borders): the layer reads "Region Stockholm | — 17642",
 *   "28365]", "55021)", "— 79050", a speck "=" beside a label, and loses the label "Kalmar";
 * - borderless (digit groups by thin space): "<2928023", "<= 1627007", ">7643757", ">2419906",
 *   digit groups joined and split ("9 370422", "3133 390", "4739 432").
 */
const DIR = 'test/fixtures/pdf/tables/ocr';

const RULED: Record<string, string[]> = {
  '01': ['17642', '28365', '47234', '79762', '27637'],
  '03': ['34735', '68167', '103956', '41137', '72960'],
  '04': ['67523', '55021', '47303', '6573', '92672'],
  '05': ['85315', '29466', '15282', '19306', '70720'],
  '06': ['93009', '76017', '41028', '62702', '97826'],
  '07': ['82663', '85604', '79050', '79373', '23174'],
};

const BORDERLESS: Record<string, string[]> = {
  '01': ['7120223', '7078008', '3168267', '6177500', '2928023'],
  '03': ['2512723', '4220658', '7365547', '10482023', '1790006'],
  '04': ['9370422', '5656986', '6853558', '4123775', '2476683'],
  '05': ['1087453', '5589102', '4338519', '7643757', '1627007'],
  '06': ['3351703', '7969890', '8403888', '9618256', '8198863'],
  '07': ['4092060', '9309655', '7286560', '3890739', '4406965'],
  '08': ['1853593', '6185652', '6593989', '3133390', '911069'],
  '09': ['9807336', '4474916', '2419906', '10461992', '4739432'],
};

describe.each([
  { name: 'ruled', expected: RULED },
  { name: 'borderless', expected: BORDERLESS },
])('a scanned $name table read by OCR', ({ name, expected }) => {
  it('reads every region row the text layer names with the printed values, each cell marked as read by OCR', { timeout: 30_000 }, async () => {
    const doc = await loadDocument(`${DIR}/${name}.ocr-crop.pdf`);
    const tables = regionTables(doc);
    expect(tables).toHaveLength(1);
    const t = tables[0]!;
    const read = Object.fromEntries(t.rows.filter((r) => r.region).map((r) => [r.region!.code, r.cells.map((c) => c.value?.toFixed() ?? null)]));
    expect(read).toEqual(expected);
    expect(t.rows.flatMap((r) => r.cells).filter((c) => c.raw !== '').every((c) => c.readBy === 'ocr')).toBe(true);
    expect((await audit(doc)).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a row whose label OCR lost', () => {
  it('is kept with its values, not dropped', { timeout: 30_000 }, async () => {
    const doc = await loadDocument(`${DIR}/ruled.ocr-crop.pdf`);
    const unlabelled = regionTables(doc)[0]!.rows.filter((r) => r.label === '');
    // Region Kalmar in the source: 94 248, 73 857, 91 020, 46 913, 76 128.
    expect(unlabelled.map((r) => r.cells.map((c) => c.value?.toFixed() ?? null))).toEqual([['94248', '73857', '91020', '46913', '76128']]);
  });
});
