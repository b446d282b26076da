import { expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import { quoteAt, rowQuotes } from '../../src/report/row-quotes.js';

it('a finding on a PDF cell quotes its row as read', async () => {
  // Seed 001 printed by LibreOffice with Kalmar 77 624 347 changed to 77 624 374 (test/fixtures/pdf/make.sh).
  const doc = await loadDocument('test/fixtures/pdf/001-cell.lo.pdf');
  const quotes = rowQuotes(doc);
  const kalmar = doc.tables[0]!.rows.find((r) => r.label === 'Kalmar')!;
  const q = quoteAt(quotes, kalmar.cells[0]!.location.page!, kalmar.cells[0]!.location.box!);
  expect(q?.text.replace(/[\u00a0\u202f]/g, ' ')).toBe('Kalmar | 77 624 374');
  expect(q?.page).toBe(3);
  expect(quoteAt(quotes, 1, { x: 0, y: 0, width: 1, height: 1 })).toBeNull();
});
