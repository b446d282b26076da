import { describe, expect, it } from 'vitest';
import { closedBySum, secondListAt, type ListRow } from '../../src/layout/summed-lists.js';

/** Rows of two lists as the list readers pass them: a label, a heading where no figure stands. Written for this test. */
const item = (label: string): ListRow => ({ label, heading: false });
const heading = (label: string): ListRow => ({ label, heading: true });

describe('a heading between two lists each closed by its sum', () => {
  it('ends the first list at the heading right after its sum', () => {
    const rows = [item('Bidrag'), item('Egen insats'), item('Summa'), heading('Medel ut'), item('Löner'), item('Resor'), item('Summa')];
    expect(secondListAt(rows)).toBe(3);
  });

  it('ends it under a first heading too, sums named for their lists', () => {
    const rows = [heading('Intäkter'), item('Avgifter'), item('Sponsring'), item('Totalt intäkter'), heading('Kostnader'), item('Personal'), item('Material'), item('Totalt kostnader')];
    expect(secondListAt(rows)).toBe(4);
  });

  it('keeps sections whose sums a grand total closes as one list', () => {
    const rows = [item('Grundskola'), item('Gymnasium'), item('Summa skolan'), heading('Omsorgen'), item('Hemtjänst'), item('Boende'), item('Summa omsorgen'), item('Totalt')];
    expect(secondListAt(rows)).toBe(-1);
  });

  it('keeps a heading after a list without its own sum, or before rows without one, in the table', () => {
    expect(secondListAt([item('Bidrag'), item('Egen insats'), heading('Medel ut'), item('Löner'), item('Resor'), item('Summa')])).toBe(-1);
    expect(secondListAt([item('Bidrag'), item('Egen insats'), item('Summa'), heading('Övrigt'), item('Löner'), item('Resor')])).toBe(-1);
    expect(closedBySum([item('Löner'), item('Summa')])).toBe(false);
  });
});
