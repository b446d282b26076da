import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Lists of money per municipality, one amount a line, in wordings written for this test; values in kronor. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);
const labels = (t: Table) => t.rows.map((r) => r.label);

describe('lists of one amount per municipality', () => {
  it('reads plain lines "Name amount" with the unit on the first line only, in that unit', () => {
    const text = 'Så här mycket får kommunerna i Norrbotten:\n\nLuleå 30,1 miljoner kronor\nPiteå 18\nKiruna 12,4\nBoden 9,5\n';
    const [t] = docOf({ text }).tables;
    expect(labels(t!)).toEqual(['Luleå', 'Piteå', 'Kiruna', 'Boden']);
    expect(values(t!)).toEqual(['30100000', '18000000', '12400000', '9500000']);
    // Municipalities are no regions.
    expect(t!.rows.every((r) => r.region === null)).toBe(true);
  });

  it('reads bullets "Name kommun, amount" and "Name Stad: amount" without unit words as kronor', () => {
    const text = 'Bidraget fördelas så här:\n\n- Lerums kommun, 240 000\n- Göteborgs Stad, 1 950 000\n- Falu kommun, 310 000\n- Hjo kommun, 95 000\n';
    const [t] = docOf({ text }).tables;
    expect(labels(t!)).toEqual(['Lerums kommun', 'Göteborgs Stad', 'Falu kommun', 'Hjo kommun']);
    expect(values(t!)).toEqual(['240000', '1950000', '310000', '95000']);
    const md = '* Umeå: 4,2 mnkr\n* Skellefteå: 3,9 mnkr\n* Lycksele: 1,1 mnkr\n';
    expect(values(docOf({ text: md }).tables[0]!)).toEqual(['4200000', '3900000', '1100000']);
  });

  it('keeps a list of other things, and short or mixed runs, as text', () => {
    // Not places: the text rules check such a list against its lead-in.
    expect(docOf({ text: 'Pengarna går till:\n\nSkolan 30,1 miljoner kronor\nVården 18\nOmsorgen 12,4\n' }).tables).toEqual([]);
    // Two lines are no list.
    expect(docOf({ text: 'Luleå 30,1 miljoner kronor\nPiteå 18\n' }).tables).toEqual([]);
    // "Kiruna 1 200 300": one amount or two single-spaced columns; with no separator or unit words the list reader leaves it.
    for (const caption of ['Tabell 1. Bidrag till Region Norrbotten', 'Tabell 2. Bidrag i Norrbotten']) {
      const rows = (names: string[]) => [caption, `${names[0]} 1 200 300`, `${names[1]} 900 250`, `${names[2]} 400 120`, ''].join('\n');
      const places = docOf({ text: rows(['Kiruna', 'Luleå', 'Boden']) }).tables[0]!;
      const invented = docOf({ text: rows(['Norrby', 'Söderby', 'Västerby']) }).tables[0]!;
      expect(places.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual(invented.rows.map((r) => r.cells.map((c) => c.value?.toFixed())));
    }
  });

  it('does not carry the first line\'s unit when later lines give other unit words', () => {
    const text = 'Fördelning:\n\n- Luleå: 2 mnkr\n- Piteå: 450 000\n- Boden: 1,5 mnkr\n';
    const [t] = docOf({ text }).tables;
    // "450 000" between two "mnkr" lines: which unit the page means is not said, so the cell keeps its own reading.
    expect(values(t!)).toEqual(['2000000', '450000', '1500000']);
  });

  it('reads applicants granted money together ("X kommun med Region Y") as places', () => {
    const text = [
      'Störst stöd får:',
      '',
      '• Umeå kommun – 12 miljoner kronor',
      '• Luleå kommun med Region Norrbotten – 9,25 miljoner kronor',
      '• Piteå kommun – 6,5 miljoner kronor',
      '• Skellefteå kommun med Region Västerbotten – 4,125 miljoner kronor',
      '• Kiruna kommun – 3 miljoner kronor',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(labels(t!)).toEqual(['Umeå kommun', 'Luleå kommun med Region Norrbotten', 'Piteå kommun', 'Skellefteå kommun med Region Västerbotten', 'Kiruna kommun']);
    expect(values(t!)).toEqual(['12000000', '9250000', '6500000', '4125000', '3000000']);
  });

  it('reads joint applicants joined by "och" or "samt", and keeps a partner that is no place as text', () => {
    const text = '- Lerums kommun och Alingsås kommun: 1 200 000 kronor\n- Region Skåne samt Malmö stad: 3 400 000 kronor\n- Borås Stad: 800 000 kronor\n';
    const [t] = docOf({ text }).tables;
    expect(labels(t!)).toEqual(['Lerums kommun och Alingsås kommun', 'Region Skåne samt Malmö stad', 'Borås Stad']);
    expect(values(t!)).toEqual(['1200000', '3400000', '800000']);
    const other = '- Lerums kommun och Räddningstjänsten: 1 200 000 kronor\n- Region Skåne samt Akademiska föreningen: 3 400 000 kronor\n- Borås Stad: 800 000 kronor\n';
    // Not a list of places: its items stay prose, read as a table no rule checks (item-amount-list.ts).
    expect(docOf({ text: other }).tables.map((t) => t.alsoProse)).toEqual([true]);
  });
});
