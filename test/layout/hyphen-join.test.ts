import { describe, expect, it } from 'vitest';
import { endsInWordHyphen, joinHyphenated } from '../../src/layout/hyphen-join.js';

describe('parts of a text wrapped at a hyphen', () => {
  it('makes a word broken by hyphenation whole again', () => {
    expect(joinHyphenated('Öster-', 'götlands län')).toBe('Östergötlands län');
    expect(joinHyphenated('Region Norr-', 'botten')).toBe('Region Norrbotten');
  });

  it('keeps the hyphen after a capital or a digit, and before a capital', () => {
    expect(joinHyphenated('EU-', 'medel')).toBe('EU-medel');
    expect(joinHyphenated('2022-', 'års nivå')).toBe('2022-års nivå');
    expect(joinHyphenated('Mellan-', 'Sverige')).toBe('Mellan-Sverige');
  });

  it('keeps hyphen and space before a shared part, and joins other parts by a space', () => {
    expect(joinHyphenated('Stats-', 'och kommunbidrag')).toBe('Stats- och kommunbidrag');
    expect(joinHyphenated('Kultur-', 'eller fritidsnämnd')).toBe('Kultur- eller fritidsnämnd');
    expect(joinHyphenated('Bidrag till', 'föreningar')).toBe('Bidrag till föreningar');
    expect(joinHyphenated('Utfall -', 'prognos')).toBe('Utfall - prognos');
  });

  it('tells a word hyphen from a dash set apart', () => {
    expect(endsInWordHyphen('Söder-')).toBe(true);
    expect(endsInWordHyphen('Utfall -')).toBe(false);
    expect(endsInWordHyphen('Söder–')).toBe(false);
  });
});

describe('a range of months wrapped at its hyphen', () => {
  it('keeps the hyphen', () => {
    expect(joinHyphenated('Utfall juli-', 'november')).toBe('Utfall juli-november');
    expect(joinHyphenated('jan-', 'mars')).toBe('jan-mars');
  });
});
