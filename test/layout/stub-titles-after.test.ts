import { describe, expect, it } from 'vitest';
import { isStubOrPeriodTitle, stubTitlesAfter, stubTitlesEnd } from '../../src/layout/stub-titles-after.js';

describe('stubTitlesAfter', () => {
  it('moves the stub\'s unit title first and drops a note title the rows do not fill', () => {
    expect(stubTitlesAfter(['2024-01-01 - 2024-12-31', '2023-01-01 - 2023-12-31', 'BELOPP I TKR', 'Not'], 3)).toEqual({
      texts: ['BELOPP I TKR', '2024-01-01 - 2024-12-31', '2023-01-01 - 2023-12-31'],
      from: [2, 0, 1],
    });
  });
  it('keeps the note column where the rows fill it, and reads a header without one', () => {
    expect(stubTitlesAfter(['2024', '2023', 'Tkr', 'Noter'], 4)?.texts).toEqual(['Tkr', 'Noter', '2024', '2023']);
    expect(stubTitlesAfter(['2024-12-31', '2023-12-31', 'Belopp i mnkr'], 3)?.texts).toEqual(['Belopp i mnkr', '2024-12-31', '2023-12-31']);
  });
  it('reads nothing but periods before the unit, nor a unit first', () => {
    expect(stubTitlesAfter(['Län', '2022', 'Belopp, tkr'], 3)).toBeNull();
    expect(stubTitlesAfter(['Tkr', 'Not', '2024', '2023'], 4)).toBeNull();
    expect(stubTitlesAfter(['2024', '2023', 'Tkr'], 4)).toBeNull();
  });
});

describe('stubTitlesEnd and isStubOrPeriodTitle', () => {
  it('tells the texts above the rows end in periods, the unit and maybe the note title', () => {
    expect(stubTitlesEnd(['Resultaträkning', '2024', '2023', 'Tkr', 'Not'])).toBe(true);
    expect(stubTitlesEnd(['2024-12-31', '2023-12-31', 'Belopp i tkr'])).toBe(true);
    expect(stubTitlesEnd(['Län', '2023', 'Antal', 'Belopp, tkr'])).toBe(false);
  });
  it('never takes a title of the header for a heading over rows', () => {
    expect(['Not', 'Tkr', 'Utfall 2023'].map(isStubOrPeriodTitle)).toEqual([true, true, true]);
    expect(isStubOrPeriodTitle('Anläggningstillgångar')).toBe(false);
  });
});
