import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { docOf } from '../rules/rule-tester.js';

/** Lists in sections, each under a title and closed by its sum, with a grand total: layouts written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.label, r.kind, r.cells[0]?.value?.toFixed() ?? null]);
const severities = (text: string) => {
  const doc = docOf({ text });
  return (runRules([doc], ALL_RULES).get(doc.file) ?? []).filter((f) => f.ruleId === 'table/column-total').map((f) => f.severity);
};

const colonLines = (grand: string) =>
  `Så fördelas investeringarna\n\nFastigheter\nNy förskola: 24,5 mnkr\nRenovering av skolkök: 6 mnkr\nSumma fastigheter: 30,5 mnkr\nGator och parker\nGång- och cykelväg: 8,2 mnkr\nLekplatser: 1,3 mnkr\nSumma gator och parker: 9,5 mnkr\nSumma investeringar: ${grand} mnkr\n`;
const dashLines = (grand: string) =>
  `Stödet 2025\n\nForskning\n\nProjekt Alfa – 1 200 000 kronor\n\nProjekt Beta – 800 000 kronor\n\nSumma forskning – 2 000 000 kronor\n\nUtbildning\n\nKurs A – 300 000 kronor\n\nKurs B – 450 000 kronor\n\nSumma utbildning – 750 000 kronor\n\nTotalt – ${grand} kronor\n`;

describe('lists in sections', () => {
  it('reads "label: amount" lines under section titles as one list, the title a row without figures', () => {
    const tables = docOf({ text: colonLines('40') }).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]!.caption).toBe('Fastigheter');
    expect(rows(tables[0]!)).toEqual([
      ['Ny förskola', 'data', '24500000'],
      ['Renovering av skolkök', 'data', '6000000'],
      ['Summa fastigheter', 'subtotal', '30500000'],
      ['Gator och parker', 'other', null],
      ['Gång- och cykelväg', 'data', '8200000'],
      ['Lekplatser', 'data', '1300000'],
      ['Summa gator och parker', 'subtotal', '9500000'],
      ['Summa investeringar', 'subtotal', '40000000'],
    ]);
  });

  it('reads blank-separated "label – amount" lines the same, the grand total closing both sections', () => {
    const tables = docOf({ text: dashLines('2 750 000') }).tables;
    expect(tables).toHaveLength(1);
    expect(rows(tables[0]!).map((r) => r[0])).toEqual(['Projekt Alfa', 'Projekt Beta', 'Summa forskning', 'Utbildning', 'Kurs A', 'Kurs B', 'Summa utbildning', 'Totalt']);
    expect(severities(dashLines('2 750 000')).filter((s) => s !== 'info')).toEqual([]);
  });

  it('makes a grand total that misses the sections a warning: that it adds them up is read from the layout', () => {
    // 2 000 000 + 750 000 = 2 750 000, not 2 850 000.
    expect(severities(dashLines('2 850 000'))).toEqual(['warning']);
    // 30,5 + 9,5 = 40, not 42.
    expect(severities(colonLines('42').replace('Summa investeringar:', 'Totalt:'))).toEqual(['warning']);
  });

  it('checks a last sum named for the whole list rather than its sections, as a warning read from the layout', () => {
    const findings = (text: string) => {
      const doc = docOf({ text });
      return (runRules([doc], ALL_RULES).get(doc.file) ?? []).filter((f) => f.ruleId === 'table/column-total');
    };
    // 30,5 + 9,5 = 40: "Summa investeringar" names neither section, yet closes both.
    expect(findings(colonLines('40')).map((f) => f.severity)).toEqual(['info']);
    const miss = findings(colonLines('42'));
    expect(miss.map((f) => f.severity)).toEqual(['warning']);
    expect(miss[0]!.message).toContain('40 000 000 kr');
    expect(miss[0]!.message).toContain('nämner inte avsnitten');
    // 2 000 000 + 750 000 = 2 750 000, a second wording ("Summa stödet") and layout (blank-separated "label – amount").
    const stod = (grand: string) => dashLines(grand).replace('Totalt –', 'Summa stödet –');
    expect(findings(stod('2 750 000')).map((f) => f.severity)).toEqual(['info']);
    expect(findings(stod('2 760 000')).map((f) => f.severity)).toEqual(['warning']);
  });

  it('reports a last sum that only some of the sections make as not compared, never dropped', () => {
    const doc = docOf({ text: colonLines('30,5') });
    const found = (runRules([doc], ALL_RULES).get(doc.file) ?? []).filter((f) => f.ruleId === 'table/column-total');
    // 30,5 is "Summa fastigheter" alone: whether the last sum adds one section or both is open.
    expect(found.map((f) => [f.severity, f.message.includes('inte jämförd')])).toEqual([['info', true]]);
  });

  it('keeps two lists apart when the first ends in no sum or a sentence stands between them', () => {
    const noSum = 'Fastigheter\nNy förskola: 24,5 mnkr\nRenovering av skolkök: 6 mnkr\nSkolgård: 2 mnkr\nGator och parker\nGång- och cykelväg: 8,2 mnkr\nLekplatser: 1,3 mnkr\nSumma gator och parker: 9,5 mnkr\n';
    expect(docOf({ text: noSum }).tables.length).toBe(2);
    const sentence = colonLines('40').replace('Gator och parker\n', 'Resten går till gatorna.\n');
    expect(docOf({ text: sentence }).tables.length).toBe(2);
  });
});

describe('two lists each under its title and closed by its own sum, no grand total after', () => {
  const lists = (text: string) => docOf({ text }).tables.map((t) => ({ caption: t.caption, rows: rows(t) }));

  it('keeps "label: amount" lists apart, the title between them the second\'s caption, a blank line before it', () => {
    const text = 'Ekonomisk sammanställning\n\nMedel som tillförs\nAnslag från staten: 1 250 000\nAvgifter: 310 000\nSponsring: 40 000\nTotalt: 1 600 000\n\nMedel som används\nPersonal: 900 000\nMaterial: 260 000\nAdministration: 140 000\nTotalt: 1 300 000\n';
    // 1 250 000 + 310 000 + 40 000 = 1 600 000; 900 000 + 260 000 + 140 000 = 1 300 000.
    expect(lists(text)).toEqual([
      { caption: 'Medel som tillförs', rows: [['Anslag från staten', 'data', '1250000'], ['Avgifter', 'data', '310000'], ['Sponsring', 'data', '40000'], ['Totalt', 'total', '1600000']] },
      { caption: 'Medel som används', rows: [['Personal', 'data', '900000'], ['Material', 'data', '260000'], ['Administration', 'data', '140000'], ['Totalt', 'total', '1300000']] },
    ]);
  });

  it('keeps "label – amount" lists in kronor apart with no blank line, each sum checked against its own items', () => {
    const text = (second: string) => `Föreningens år\n\nInkomster\nAvgifter – 24 000 kronor\nBidrag – 51 000 kronor\nSumma – 75 000 kronor\nUtgifter\nHyra – 30 000 kronor\nResor – 12 000 kronor\nSumma – ${second} kronor\n`;
    // 24 000 + 51 000 = 75 000; 30 000 + 12 000 = 42 000.
    expect(lists(text('42 000')).map((l) => [l.caption, l.rows.length])).toEqual([['Inkomster', 3], ['Utgifter', 3]]);
    expect(severities(text('42 000')).filter((s) => s !== 'info')).toEqual([]);
    expect(severities(text('44 000'))).toEqual(['warning']);
  });
});
