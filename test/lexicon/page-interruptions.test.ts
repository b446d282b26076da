import { describe, expect, it } from 'vitest';
import { isPageInterruption } from '../../src/lexicon/page-interruptions.js';

describe('isPageInterruption', () => {
  it.each(['Annons', 'ANNONS', '  Annonsering ', 'Reklam', 'Sponsrat innehåll', 'Läs också: Så fördelas pengarna', 'Läs även – Budgeten klubbad', 'LÄS MER: Skolan får mer', 'Relaterade artiklar:', 'Mer om budgeten: Nämnderna'])(
    '%s interrupts a table',
    (line) => expect(isPageInterruption(line)).toBe(true),
  );
  // A row's label or a sentence that only begins like one.
  it.each(['Annonsintäkter 1 200 1 150', 'Reklamskatt', 'Läs också', 'Läser du detta', 'Region Skåne 12,3', 'Mer om detta finns i bilagan.'])('%s does not', (line) =>
    expect(isPageInterruption(line)).toBe(false),
  );
});

describe('isPageInterruption, in the words of news pages', () => {
  it('knows advert markers and links to other articles', () => {
    for (const t of ['Annons', 'ANNONS', 'Annonsering', 'Reklam', 'Sponsrat innehåll', 'Läs också: Så ska vårdköerna kortas', 'Läs mer – Skolan får nya pengar', 'Relaterat: Budgeten klubbad', 'Se även: Regionens bokslut']) expect(isPageInterruption(t)).toBe(true);
  });

  it('takes no row label, heading or sentence for one', () => {
    for (const t of ['Annonskostnader', 'Reklamskatt', 'Läs och skriv', 'Summa', 'Annonser och reklam', 'Mer om budgeten finns på webbplatsen.']) expect(isPageInterruption(t)).toBe(false);
  });
});
