import { describe, expect, it } from 'vitest';
import { looksTabular, normalise, OWN_NFKC } from '../../../src/readers/pdf/runs.js';
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

describe('normalise', () => {
  // The characters passed through unchanged: each its own NFKC form, alone and beside any other of them.
  const admitted = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c)).filter((ch) => OWN_NFKC.test(ch));

  it('passes through only characters that NFKC leaves as they are', () => {
    expect(admitted).toContain('å');
    expect(admitted).not.toContain('\u00a0');
    expect(admitted).not.toContain('½');
    for (const a of admitted) {
      expect(a.normalize('NFKC')).toBe(a);
      for (const b of admitted) if ((a + b).normalize('NFKC') !== a + b) expect.fail(`${a}${b} composes`);
    }
  });

  it('still normalises ligatures, fractions and superscripts, and keeps the spaces that group digits', () => {
    expect(normalise('Årlig ﬁnansiering')).toBe('Årlig finansiering');
    expect(normalise('Ökning ½ procent')).toBe('Ökning 1⁄2 procent');
    expect(normalise('Summa² 1\u00a0234')).toBe('Summa2 1\u00a0234');
    expect(normalise('Västra Götaland')).toBe('Västra Götaland');
  });
});
