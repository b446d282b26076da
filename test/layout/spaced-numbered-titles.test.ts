import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced tables whose header line is titles that each close with a small number, from its
 * first title on ("Kvartal 1 Kvartal 2 Kvartal 3"): every title heads a column of values and the
 * label column has no title, also when a section's heading stands right under it. Tables written
 * for this test; each total is its column's sum.
 */
const read = (text: string) => {
  const [t] = docOf({ file: 'case.txt', text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.filter((r) => r.cells.some((c) => c.value !== null)).map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) };
};

describe('a header line of numbered titles from its first', () => {
  it('heads every column of values, one line alone over two sections', () => {
    const text = 'Utbetalningar per område, tkr\n\nKvartal 1 Kvartal 2 Kvartal 3\nDrift\nSkolan 24 37 99\nVården 23 85 91\nKulturen 73 19 10\nSumma drift 120 141 200\nInvesteringar\nLokaler 51 56 100\nFordon 87 7 80\nSumma investeringar 138 63 180\nTotalt 258 204 380\n\nKälla: egen.\n';
    expect(read(text)).toEqual({
      headers: ['Kvartal 1', 'Kvartal 2', 'Kvartal 3'],
      rows: [
        ['Skolan', '24000', '37000', '99000'],
        ['Vården', '23000', '85000', '91000'],
        ['Kulturen', '73000', '19000', '10000'],
        ['Summa drift', '120000', '141000', '200000'],
        ['Lokaler', '51000', '56000', '100000'],
        ['Fordon', '87000', '7000', '80000'],
        ['Summa investeringar', '138000', '63000', '180000'],
        ['Totalt', '258000', '204000', '380000'],
      ],
    });
  });

  it('does so under a group title, with "Period" and "Del"', () => {
    const text = 'Medel per nämnd, tkr\n\nBudget\nPeriod 1 Period 2 Del 3\nFinansiering\nGymnasieskola 24 37 99\nGator och vägar 23 85 99\nMiljönämnden 91 20 62\nSumma finansiering 138 142 260\nKostnader\nAktiebolag 51 56 100\nÄldreomsorg 87 7 80\nSumma kostnader 138 63 180\nTotalt 276 205 440\n\nKälla: egen.\n';
    const t = read(text);
    expect(t.headers.map((h) => h.split(' / ').pop())).toEqual(['Period 1', 'Period 2', 'Del 3']);
    expect(t.rows).toEqual([
      ['Gymnasieskola', '24000', '37000', '99000'],
      ['Gator och vägar', '23000', '85000', '99000'],
      ['Miljönämnden', '91000', '20000', '62000'],
      ['Summa finansiering', '138000', '142000', '260000'],
      ['Aktiebolag', '51000', '56000', '100000'],
      ['Äldreomsorg', '87000', '7000', '80000'],
      ['Summa kostnader', '138000', '63000', '180000'],
      ['Totalt', '276000', '205000', '440000'],
    ]);
  });

  it('leaves a first title without a number to the label column', () => {
    const text = 'Medel per kommun, tkr\n\nKommun Del 1 Del 2\nVästra Götaland\nAlingsås 24 37\nBorås 23 85\nSumma Västra Götaland 47 122\n\nKälla: egen.\n';
    expect(read(text)).toEqual({
      headers: ['Del 1', 'Del 2'],
      rows: [
        ['Alingsås', '24000', '37000'],
        ['Borås', '23000', '85000'],
        ['Summa Västra Götaland', '47000', '122000'],
      ],
    });
  });
});
