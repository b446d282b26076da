import { describe, expect, it } from 'vitest';
import { num, numFixed, type Catalogue, type Lang } from '../../src/messages/index.js';
import { en } from '../../src/messages/en.js';
import { sv } from '../../src/messages/sv.js';
import { rulesEn } from '../../src/messages/rules-en.js';
import { rulesSv } from '../../src/messages/rules-sv.js';
import { Decimal } from 'decimal.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { ENGLISH, foreignWords, SWEDISH } from './words.js';

type Render = (p: unknown) => string;

const CATALOGUES: Record<Lang, Catalogue> = { sv, en };

/** Every parameter a message asks for, as one neutral sample value (7, or 1 for the singular forms). */
function sample(value: string): { params: unknown; asked: Set<string> } {
  const asked = new Set<string>();
  const params = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? (asked.add(key), value) : undefined) });
  return { params, asked };
}

function renders(lang: Lang): { id: string; text: string; asked: string[] }[] {
  return Object.entries(CATALOGUES[lang]).flatMap(([id, f]) =>
    ['7', '1'].map((v) => {
      const s = sample(v);
      const text = (f as Render)(s.params);
      return { id, text, asked: [...s.asked].sort() };
    }),
  );
}

describe('message catalogue', () => {
  it('has every id in both languages', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.sv).sort());
    expect(Object.keys(CATALOGUES.sv).length).toBeGreaterThan(300);
  });

  it('asks for the same parameters in both languages (the types force the ids and parameter types; this, that each is used)', () => {
    const used = (lang: Lang) => Object.fromEntries(renders(lang).filter((_, i) => i % 2 === 0).map((r) => [r.id, r.asked]));
    const sv = used('sv');
    const en = used('en');
    const differing = Object.keys(sv).filter((id) => JSON.stringify(sv[id]) !== JSON.stringify(en[id]));
    expect(differing).toEqual([]);
  });

  it('leaves no English word in a Swedish message, and no Swedish word in an English one', () => {
    const sv = renders('sv').map((r) => [r.id, foreignWords(r.text, ENGLISH)] as const).filter(([, w]) => w.length > 0);
    const en = renders('en').map((r) => [r.id, foreignWords(r.text, SWEDISH)] as const).filter(([, w]) => w.length > 0);
    expect(sv).toEqual([]);
    expect(en).toEqual([]);
  });

  it('the word check finds a word of the other language', () => {
    expect(foreignWords('filen finns inte', ENGLISH)).toEqual([]);
    expect(foreignWords('no such file', ENGLISH)).toEqual(['no', 'file']);
    expect(foreignWords('sidan 3 kunde inte läsas', SWEDISH)).toEqual(['sidan', 'kunde', 'inte', 'läsas']);
    expect(foreignWords('21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr', ENGLISH)).toEqual([]);
    expect(foreignWords('21 rows sum to 3,000,000,027 kr; the total row states 3,000,000,000 kr', SWEDISH)).toEqual([]);
    expect(foreignWords('21 rows summerar till 3,000,000,027 kr', SWEDISH)).toEqual(['summerar', 'till']);
    // Quoted document text and rule ids are names, not prose.
    expect(foreignWords('the caption "Fördelning av 3 000 000 000 kronor" (see text/sum)', SWEDISH)).toEqual([]);
  });

  it('writes figures in the language\'s style: Swedish "1 234 567,5 kr", English "1,234,567.5 kr"', () => {
    const v = new Decimal('1234567.5');
    expect(num(v, 'sv')).toBe('1 234 567,5');
    expect(num(v, 'en')).toBe('1,234,567.5');
    expect(num(new Decimal('-27'), 'en')).toBe('\u221227');
    expect(num(new Decimal('999'), 'en')).toBe('999');
    expect(numFixed(new Decimal(63), 1, 'sv')).toBe('63,0');
    expect(numFixed(new Decimal(448.56), 1, 'en')).toBe('448.6');
    expect(CATALOGUES.sv['figure.kr']({ n: num(v, 'sv') })).toBe('1 234 567,5 kr');
    expect(CATALOGUES.en['figure.kr']({ n: num(v, 'en') })).toBe('1,234,567.5 kr');
  });

  it('documents every rule in both languages, in the right language', () => {
    const ids = ALL_RULES.map((r) => r.meta.id).sort();
    expect(Object.keys(rulesSv).sort()).toEqual(ids);
    expect(Object.keys(rulesEn).sort()).toEqual(ids);
    for (const id of ids) {
      for (const text of [rulesSv[id]!.description, rulesSv[id]!.docs]) expect(foreignWords(text, ENGLISH), `${id}: ${text}`).toEqual([]);
      for (const text of [rulesEn[id]!.description, rulesEn[id]!.docs]) expect(foreignWords(text, SWEDISH), `${id}: ${text}`).toEqual([]);
    }
  });
});

/** The catalogue type: a message id the Swedish catalogue lacks is a compile error (checked by tsc in npm test). */
export type _Ids = keyof Catalogue;
