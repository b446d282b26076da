import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/**
 * A total whose label ends in a figure ("Summa kostnader 1 604", "Summa kostnader 909") holds a
 * value the reading left in the label: two columns of three-digit figures set apart by one space
 * read as one. A sum that disagrees there is a warning naming the row, never an error.
 */
describe('a total row whose label ends in a figure', () => {
  it.each([
    [
      'a figure in digit groups closing a subtotal label',
      ['Tabell 3. Utfall per projekt', 'Projekt Utfall 2022', 'Kostnader', '1101 Skolprojekt i norr 612 705', '1102 Vårdprojekt i söder 587 644', '1103 Kulturprojekt i väster 405 398', 'Summa kostnader 1 604 1 747'],
      'Summa kostnader 1 604',
    ],
    [
      'a bare number closing a subtotal label',
      ['Tabell 8. Kostnader', 'Konto Post Beviljat 2003', 'Kostnader', '4000 Insatser för samverkan 334 869', '7001 Medel till landsbygd 134 264', '4002 Bidrag till utveckling 441 373', 'Summa kostnader 909 1 506'],
      'Summa kostnader 909',
    ],
  ])('warns and names the row (%s)', (_name, lines, row) => {
    const found = findingsOf(columnTotal, lines.join('\n') + '\n');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toContain(`raden "${row}" har ett tal sist i sin etikett`);
  });

  it('keeps a year closing a total label certain: the sum errs', () => {
    const lines = ['Tabell 5. Kostnader per konto', 'Tusental kronor', '5010 Lokaler', '412 118', '6020 Drift', '217 305', 'Summa 2023', '729 423'];
    const found = findingsOf(columnTotal, lines.join('\n') + '\n');
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });
});
