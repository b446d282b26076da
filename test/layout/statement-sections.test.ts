import { describe, expect, it } from 'vitest';
import { continuesStatement, namesItsSection } from '../../src/layout/statement-sections.js';

describe('statement sections', () => {
  it('tells a total that names its section from a bare one', () => {
    expect(namesItsSection('Summa omsättningstillgångar')).toBe(true);
    expect(namesItsSection('Summa eget kapital, avsättningar och skulder')).toBe(true);
    expect(namesItsSection('Totalt intäkter')).toBe(true);
    expect(namesItsSection('Summa')).toBe(false);
    expect(namesItsSection('Totalt 1)')).toBe(false);
    expect(namesItsSection('Summa *')).toBe(false);
    expect(namesItsSection('Byggnader')).toBe(false);
  });

  it('goes on with the statement unless the rows below list a row label above again', () => {
    expect(continuesStatement('Summa anläggningstillgångar', ['Byggnader', 'Inventarier', 'Summa anläggningstillgångar'], ['Fordringar', 'Kassa', 'Summa omsättningstillgångar'])).toBe(true);
    expect(continuesStatement('Summa kommunstyrelse', ['Politisk verksamhet', 'Räddningstjänst', 'Summa kommunstyrelse'], ['Politisk  verksamhet', 'Bygglov', 'Summa byggnämnd'])).toBe(false);
    expect(continuesStatement('Summa', ['Byggnader'], ['Fordringar'])).toBe(false);
  });
});
