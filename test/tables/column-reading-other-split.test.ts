import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { hierarchy } from '../../src/rules/table/hierarchy.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A numbered or coded item whose label meets its value by one space, the value's digit groups
 * set apart by the same space ("5220 Etapp 14 505"): the line does not say whether "14" closes
 * the label or opens the value. The reader takes the longest value and keeps the other on the
 * cell; a sum that agrees only under the other reading is a warning that names it, and a sum
 * that agrees under neither stays an error. Tables written for this test.
 */
const ACCOUNTS = (resor: string) => ['Tabell 4. Kostnader per konto', 'Tusental kronor', '5110 Hyror 2 310', '5220 Etapp 14 505', `5330 Resor ${resor}`, 'Summa 2 911', ''].join('\n');

const MEASURES = (ovriga: string) =>
  ['Tabell 1. Medel per insats', 'Miljoner kronor', '1. Stöd till kommunerna 1 450', '1.1. Varav område 2 250', `1.2. Varav övriga insatser ${ovriga}`, 'Totalt 1 450', ''].join('\n');

describe('the other split of a line between label and value', () => {
  it('keeps the other reading on the cell, read in the column unit', () => {
    const table = docOf({ text: ACCOUNTS('96') }).tables[0]!;
    const etapp = table.rows.find((r) => r.code === '5220')!;
    expect([etapp.label, etapp.cells[0]!.value!.toFixed(), etapp.cells[0]!.alternative?.value.toFixed()]).toEqual(['Etapp', '14505000', '505000']);
    // "Hyror 2 310" could be "Hyror 2" 310 too; "Resor 96" has no group to give.
    expect(table.rows.map((r) => r.cells[0]!.alternative?.raw ?? null)).toEqual(['310', '505', null, '911']);
  });

  it('warns and names the cell when only the other reading makes the sum (codes before the labels)', () => {
    const found = findingsOf(columnTotal, ACCOUNTS('96'));
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '3 rader summerar till 16 911 000 kr; summaraden anger 2 911 000 kr (skillnad 14 000 000 kr, avrundning tillåter ±2 000 kr) i kolumnen "Tusental kronor" — osäker läsning: cellen "14 505" i raden "Etapp" står ett mellanslag från etiketten och kan lika väl läsas "505" (en siffergrupp mer eller mindre i etiketten); så läst stämmer summan',
      ],
    ]);
  });

  it('keeps the error when no reading makes the sum', () => {
    // 2 310 + 505 + 86 = 2 901 against 2 911: the other split does not close the sum, nor does any other.
    const found = findingsOf(columnTotal, ACCOUNTS('86'));
    expect(found.map((f) => [f.severity, f.message])).toEqual([['error', '3 rader summerar till 16 901 000 kr; summaraden anger 2 911 000 kr (skillnad 13 990 000 kr, avrundning tillåter ±2 000 kr) i kolumnen "Tusental kronor"']]);
  });

  it('warns in a numbered hierarchy, where a varav item ends its label in a number', () => {
    const found = findingsOf(hierarchy, MEASURES('1 200'));
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        'warning',
        '1.1 + 1.2 summerar till 3 450 000 000 kr; "1 Stöd till kommunerna" anger 1 450 000 000 kr (skillnad 2 000 000 000 kr, avrundning tillåter ±1 500 000 kr) — osäker läsning: cellen "2 250" i raden "Varav område" står ett mellanslag från etiketten och kan lika väl läsas "250" (en siffergrupp mer eller mindre i etiketten); så läst stämmer summan',
      ],
    ]);
  });

  it('keeps the hierarchy error when the other split does not close it either', () => {
    const found = findingsOf(hierarchy, MEASURES('1 100'));
    expect(found.map((f) => f.severity)).toEqual(['error']);
    expect(found[0]!.message).toBe('1.1 + 1.2 summerar till 3 350 000 000 kr; "1 Stöd till kommunerna" anger 1 450 000 000 kr (skillnad 1 900 000 000 kr, avrundning tillåter ±1 500 000 kr)');
  });

  it('sees no doubt where two spaces set the value apart', () => {
    const text = ['Tabell 2. Medel', 'Miljoner kronor', '1. Medel till regionerna  1 450', '1.1. Varav norra området  2 250', '1.2. Varav övriga  1 200', 'Totalt  1 450', ''].join('\n');
    const table = docOf({ text }).tables[0]!;
    expect(table.rows.map((r) => r.cells[0]!.alternative ?? null)).toEqual([null, null, null, null]);
    expect(findingsOf(hierarchy, text).map((f) => f.severity)).toEqual(['error']);
  });
});
