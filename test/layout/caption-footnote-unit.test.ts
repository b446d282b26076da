import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * The caption line right above a table names its unit last, before a footnote mark ("…, miljoner
 * euro 1)", "…, tkr*", "…, mnkr¹"), however long the caption (captions.ts). Tables written for
 * this test; values in base units.
 */
const values = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const units = (file: string, text: string) => docOf({ file, text }).tables[0]!.columns.map((c) => c.unit);

const LONG = 'Uppgifter om kommunernas och samkommunernas verksamhetsintäkter, verksamhetskostnader och investeringsutgifter under redovisningsåret i hela landet';

describe('a unit at the end of a long caption line, before a footnote mark', () => {
  it('scales a pipe table under "Tabellbilaga 3. <long title>, miljoner euro 1)"', () => {
    const text = `Tabellbilaga 3. ${LONG}, miljoner euro 1)\n\n| Post | 2016 | 2017 |\n|---|---|---|\n| Intäkter | 7 180 | 7 205 |\n| Kostnader | 35 737 | 35 100 |\n\n1) Uppgifterna är preliminära.\n`;
    expect(values('a.md', text)).toEqual([
      ['Intäkter', '7180000000', '7205000000'],
      ['Kostnader', '35737000000', '35100000000'],
    ]);
    expect(units('a.md', text)).toEqual(['EUR', 'EUR']);
  });

  it('scales a space-aligned table under "Bilagetabell 12 – <long title>, tkr*"', () => {
    const text = `Bilagetabell 12 – ${LONG} fördelade på verksamhetsområden, tkr*\n\nNämnd            2020       2021\nSkola           4 500      4 600\nKultur            300        310\nVård            1 000      1 010\n\n* Exklusive interna poster.\n`;
    expect(values('b.txt', text)).toEqual([
      ['Skola', '4500000', '4600000'],
      ['Kultur', '300000', '310000'],
      ['Vård', '1000000', '1010000'],
    ]);
  });

  it('scales a table under a caption without a number, the mark a superscript ("…, mnkr¹")', () => {
    const text = `Nettokostnader per verksamhet och år enligt den ekonomiska redovisningen för samtliga nämnder och bolag i kommunkoncernen, mnkr¹\n\n| Verksamhet | 2021 |\n|---|---|\n| Skola | 12,5 |\n| Vård | 3 |\n`;
    expect(values('c.md', text)).toEqual([
      ['Skola', '12500000'],
      ['Vård', '3000000'],
    ]);
  });
});

describe('a caption unit the header or the caption itself puts in doubt', () => {
  it('gives way to a money unit the header names otherwise (the header wins)', () => {
    const pipe = '| Belopp i tkr | 2020 | 2021 |\n|---|---|---|\n| Skola | 4 500 | 4 600 |\n| Kultur | 300 | 310 |\n';
    expect(values('d.md', `Driftredovisning per nämnd, mnkr\n\n${pipe}`)).toEqual([
      ['Skola', '4500000', '4600000'],
      ['Kultur', '300000', '310000'],
    ]);
    const spaced = 'Tkr              2020       2021\nSkola           4 500      4 600\nKultur            300        310\nVård            1 000      1 010\n';
    expect(values('e.txt', `Tabell 4. Driftredovisning per nämnd, miljoner kronor 1)\n\n${spaced}`)).toEqual([
      ['Skola', '4500000', '4600000'],
      ['Kultur', '300000', '310000'],
      ['Vård', '1000000', '1010000'],
    ]);
  });

  it('gives no unit when the caption names two (which one holds is not clear)', () => {
    const text = `Tabell 5. Intäkter i tkr och kostnader per nämnd, mnkr 1)\n\nNämnd            2020       2021\nSkola           4 500      4 600\nKultur            300        310\nVård            1 000      1 010\n`;
    expect(values('f.txt', text)).toEqual([
      ['Skola', '4500', '4600'],
      ['Kultur', '300', '310'],
      ['Vård', '1000', '1010'],
    ]);
  });
});
