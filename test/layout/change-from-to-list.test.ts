import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Ranked items told as a share and "(från … till …)" (change-from-to-list.ts); wordings written for this test. */
const rowsOf = (text: string) => docOf({ text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('items each told as a change from one figure to another', () => {
  it('reads a name line, then its share and two figures on the next line', () => {
    const text = [
      'Antalet besökare ökade med fyra procent i hela länet.',
      'Här ökade det mest',
      '1. Simhallen i Norrby',
      '+ 40 procent (från 1 500 till 2 100)',
      '2. Stadsbiblioteket',
      '+ 12 procent (från 25 000 till 28 000)',
      '3. Konsthallen',
      '+ 3 procent (från 9 120 till 9 400)',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Simhallen i Norrby', '40', '1500', '2100'],
        ['Stadsbiblioteket', '12', '25000', '28000'],
        ['Konsthallen', '3', '9120', '9400'],
      ],
    ]);
  });

  it('reads a name and its change on one line, with a minus and an arrow', () => {
    const text = [
      'Så förändrades antalet elever',
      'Region Gotland: −4 % (1 200 → 1 152)',
      'Region Kalmar län: +2,5 % (3 200 → 3 280)',
      'Region Blekinge: −1 % (2 000 → 1 980)',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Region Gotland', '-4', '1200', '1152'],
        ['Region Kalmar län', '2.5', '3200', '3280'],
        ['Region Blekinge', '-1', '2000', '1980'],
      ],
    ]);
  });

  it('leaves two items, or a sentence that tells a change, to the other readers', () => {
    const two = ['1. Simhallen', '+ 40 procent (från 1 500 till 2 100)', '2. Biblioteket', '+ 12 procent (från 25 000 till 28 000)'].join('\n');
    expect(rowsOf(two).flat().map((r) => r[0])).not.toContain('Simhallen');
    const prose = ['Besöken ökade kraftigt i år.', '+ 40 procent (från 1 500 till 2 100)', 'Utlåningen ökade något.', '+ 12 procent (från 25 000 till 28 000)', 'Konsthallen minskade.', '− 3 procent (från 9 120 till 8 850)'].join('\n');
    expect(rowsOf(prose).flat().map((r) => r[0])).not.toContain('Besöken ökade kraftigt i år.');
  });
});
