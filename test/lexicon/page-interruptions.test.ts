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
