import { describe, expect, it } from 'vitest';
import { looksTabular } from '../../../src/readers/pdf/runs.js';
import { line, seg } from '../../layout/pdf/build.js';

describe('looksTabular', () => {
  const row = (y: number, label: string, value: string) => line(y, seg(label, 60, y), seg(value, 200, y));
  it('takes two lines with a number or an amount with its unit standing apart', () => {
    expect(looksTabular([row(700, 'Uppsala', '455 200'), row(680, 'Gotland', '120 075')])).toBe(true);
    expect(looksTabular([row(700, 'Region Värmland', '96 000 kr'), row(680, 'Region Dalarna', '350 500 kronor')])).toBe(true);
  });
  it('leaves prose, one such line, and words standing apart', () => {
    expect(looksTabular([line(700, seg('Regionen får 455 200 kr under året.', 60, 700))])).toBe(false);
    expect(looksTabular([row(700, 'Uppsala', '455 200 kr')])).toBe(false);
    expect(looksTabular([row(700, 'Kontakt', 'Anna Andersson'), row(680, 'Telefon', 'se ovan')])).toBe(false);
  });
});
