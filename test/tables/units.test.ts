import { describe, expect, it } from 'vitest';
import { columnUnit } from '../../src/tables/units.js';

describe('columnUnit', () => {
  it.each(['Andel', 'Andel kvinnor', 'Kvinnoandel', 'Marknadsandel 2023', 'Procent', 'Förändring, %'])('%s is a share column', (h) => {
    expect(columnUnit(h)).toEqual({ unit: 'percent', scale: 1 });
  });

  it.each(['Handel', 'Detaljhandel', 'Partihandel och e-handel', 'Mandel'])('%s names a thing, not a share', (h) => {
    expect(columnUnit(h)).toBeNull();
  });

  it('a sector column under a money header keeps the money unit', () => {
    expect(columnUnit('Handel, tkr')).toEqual({ unit: 'SEK', scale: 1000 });
    expect(columnUnit('Handelsandel')).toEqual({ unit: 'percent', scale: 1 });
  });

  it.each(['BRP per invånare, tusental kr', 'Kostnad (tusen kr)', 'Lön, tusentals kr'])('%s is thousands of kronor, also with the short "kr"', (h) => {
    expect(columnUnit(h)).toEqual({ unit: 'SEK', scale: 1000 });
  });
});

describe('columnUnit: seats', () => {
  it.each(['Mandat', 'Mandat 2022', 'Fasta mandat', 'Antal mandat'])('reads "%s" as a count', (h) => {
    expect(columnUnit(h)).toEqual({ unit: 'count', scale: 1 });
  });
  it('leaves a word that only begins with it ("Mandatperiod")', () => {
    expect(columnUnit('Mandatperiod')).toBeNull();
  });
});

describe('columnUnit: people a title names alone', () => {
  it.each(['Anställda', 'Elever 2023', 'Deltagare', 'Medarbetare'])('%s counts persons', (h) => {
    expect(columnUnit(h)).toEqual({ unit: 'persons', scale: 1 });
  });
  it.each(['Kostnad per anställd', 'Anställdas löner, tkr', 'Elevhälsa', 'Stöd till deltagare'])('%s is no count of persons', (h) => {
    expect(columnUnit(h)).not.toEqual({ unit: 'persons', scale: 1 });
  });
});
