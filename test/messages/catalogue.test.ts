import { describe, expect, it } from 'vitest';
import { CATALOGUES, type Catalogue } from '../../src/messages/index.js';
import { rulesEn } from '../../src/messages/rules-en.js';
import { rulesSv } from '../../src/messages/rules-sv.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { ENGLISH, foreignWords, SWEDISH } from './words.js';

/** Any parameter a message asks for, as a neutral value. */
const PARAMS = new Proxy({}, { get: () => '7' });

function rendered(c: Catalogue): [string, string][] {
  return Object.entries(c).map(([id, f]) => [id, (f as (p: unknown) => string)(PARAMS)]);
}

describe('message catalogue', () => {
  it('has every id in both languages', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.sv).sort());
    expect(Object.keys(CATALOGUES.sv).length).toBeGreaterThan(100);
  });

  it('leaves no English word in a Swedish message, and no Swedish word in an English one', () => {
    const sv = rendered(CATALOGUES.sv).map(([id, text]) => [id, foreignWords(text, ENGLISH)] as const).filter(([, w]) => w.length > 0);
    const en = rendered(CATALOGUES.en).map(([id, text]) => [id, foreignWords(text, SWEDISH)] as const).filter(([, w]) => w.length > 0);
    expect(sv).toEqual([]);
    expect(en).toEqual([]);
  });

  it('the word check finds a word of the other language', () => {
    expect(foreignWords('filen finns inte', ENGLISH)).toEqual([]);
    expect(foreignWords('no such file', ENGLISH)).toEqual(['no', 'file']);
    expect(foreignWords('sidan 3 kunde inte läsas', SWEDISH)).toEqual(['sidan', 'kunde', 'inte', 'läsas']);
    // Quoted document text and rule ids are names, not prose.
    expect(foreignWords('the caption "Fördelning av 3 000 000 000 kronor" (see text/sum)', SWEDISH)).toEqual([]);
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
