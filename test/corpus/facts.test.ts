import { describe, expect, it } from 'vitest';
import { readAgreementRefs } from '../../src/document/references.js';
import { load, SEED } from './seeds.js';

const at = { file: 'x.txt', line: 1 };

describe('agreement references', () => {
  it('reads name, year and dnr from a decision sentence (seed 000, line 22)', () => {
    const refs = readAgreementRefs(
      'Staten och Sveriges Kommuner och Regioner (SKR) har ingått en överenskommelse om ökad tillgänglighet i hälso- och sjukvården 2024, regeringsbeslut II:1 från den 20 december 2023 (S2023/03331).',
      at,
    );
    expect(refs.map((r) => [r.name, r.year, r.dnr, r.self])).toEqual([['ökad tillgänglighet i hälso- och sjukvården', 2024, 'S2023/03331', false]]);
  });
  it('reads a proper name and skips the parties ("mellan staten och SKR")', () => {
    expect(readAgreementRefs('med anledning av överenskommelsen mellan staten och Sveriges Kommuner och Regioner (SKR) God och nära vård 2024, betala ut', at).map((r) => r.name)).toEqual([
      'god och nära vård',
    ]);
  });
  it('marks the agreement\'s own text ("denna överenskommelse")', () => {
    const [r] = readAgreementRefs('diarienumret för denna överenskommelse mellan regeringen och Sveriges Kommuner och Regioner om ökad tillgänglighet i hälso- och sjukvården 2024.', at);
    expect([r!.name, r!.self]).toEqual(['ökad tillgänglighet i hälso- och sjukvården', true]);
  });
  it('does not take an amount sentence for a name', () => {
    expect(readAgreementRefs('Överenskommelsen omfattar totalt 2 937 miljoner kronor för 2024, varav', at)).toEqual([]);
  });
});

describe('document facts of the seeds', () => {
  it('000: department, partial dnr, agreement and anslag 1:11 ap. 1', async () => {
    const f = await load(SEED.decision);
    expect(f.department).toBe('Socialdepartementet');
    expect(f.dnrPartial).toEqual(['S2023/03331']);
    expect(f.references.agreements.map((a) => [a.name, a.year, a.dnr])).toEqual([['ökad tillgänglighet i hälso- och sjukvården', 2024, 'S2023/03331']]);
    expect(f.references.anslag.map((a) => [a.utgiftsomrade, a.anslag, a.post])).toEqual([['9', '1:11', '1']]);
  });
  it('002: anslag 1:6 with the posts of its lists', async () => {
    const f = await load(SEED.closeCare);
    expect(f.references.anslag.map((a) => `${a.anslag} ap. ${a.post}`)).toEqual(['1:6 ap. 38', '1:6 ap. 17', '1:6 ap. 3', '1:6 ap. 5', '1:6 ap. 18', '1:6 ap. 29']);
    expect(f.references.agreements.map((a) => `${a.name} ${a.year}`)).toEqual(['god och nära vård 2024']);
  });
  it('004: the press release speaks of the 2023 agreement', async () => {
    const f = await load(SEED.press);
    expect(f.references.agreements.map((a) => `${a.name} ${a.year}`)).toEqual(['ökad tillgänglighet i hälso- och sjukvården 2023']);
  });
});
