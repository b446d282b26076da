import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/prose/joined-text.js';
import { splitSentences } from '../../src/prose/sentences.js';

describe('splitSentences', () => {
  it('splits at full stops but not after abbreviations or inside numbers', () => {
    const text = 'Sverige befinner sig i ett läge med bl.a. hög inflation. SKR tilldelas 12 miljoner kronor. Se avsnitt 3.7 nedan.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Sverige befinner sig i ett läge med bl.a. hög inflation.',
      'SKR tilldelas 12 miljoner kronor.',
      'Se avsnitt 3.7 nedan.',
    ]);
  });

  it('ends a sentence after a year or a grouped figure within it', () => {
    const text = 'Stödet betalas ut under 2026. Pengarna går till regionerna. Antalet ökade till 12 000. Regeringen följer upp 1998. 2027 blir det mer.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Stödet betalas ut under 2026.',
      'Pengarna går till regionerna.',
      'Antalet ökade till 12 000.',
      'Regeringen följer upp 1998.',
      '2027 blir det mer.',
    ]);
  });

  it('keeps a numbered heading, a small number and a section number in the sentence', () => {
    const text = '1. Inledning av rapporten. 2022. Utfall per region. Projektet har punkt 3. Se kapitel 4.2. Nästa del följer.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '1. Inledning av rapporten.',
      '2022. Utfall per region.',
      'Projektet har punkt 3. Se kapitel 4.2. Nästa del följer.',
    ]);
  });
});

describe('joinLines', () => {
  it('maps an offset in the joined paragraph back to line and column', () => {
    const j = joinLines([
      { text: 'Resterande medel, 1 687 500 000, ska', location: { file: 'f', line: 24, column: 1 } },
      { text: 'fördelas mellan regionerna.', location: { file: 'f', line: 25, column: 1 } },
    ]);
    const at = j.text.indexOf('1 687');
    expect(j.locate(at, at + 13)).toEqual({ file: 'f', line: 24, column: 19, endColumn: 32 });
    expect(j.locate(j.text.indexOf('fördelas'))).toMatchObject({ line: 25, column: 1 });
  });
});

describe('a full stop after a lone capital letter', () => {
  const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('ends the sentence after a letter that names an appendix, an option or a class', () => {
    expect(split('Medlen fördelas enligt bilaga B. Regeringen beslutar om 40 miljoner kronor.')).toEqual([
      'Medlen fördelas enligt bilaga B.',
      'Regeringen beslutar om 40 miljoner kronor.',
    ]);
    expect(split('Nämnden valde alternativ C. Det kostar 2 miljoner kronor. Kommunen betalar.')).toEqual([
      'Nämnden valde alternativ C.',
      'Det kostar 2 miljoner kronor.',
      'Kommunen betalar.',
    ]);
  });
  it('keeps an initial, a run of initials and a list letter in the sentence', () => {
    expect(split('Beslutet fattades av Anna B. Svensson i går. Stödet är 5 miljoner kronor.')).toEqual([
      'Beslutet fattades av Anna B. Svensson i går.',
      'Stödet är 5 miljoner kronor.',
    ]);
    expect(split('Rapporten skrevs av A. B. Berg. Den kom 2024.')).toEqual(['Rapporten skrevs av A. B. Berg.', 'Den kom 2024.']);
    expect(split('Utredningen leds av K. Lind. Den kostar 3 miljoner kronor.')).toEqual(['Utredningen leds av K. Lind.', 'Den kostar 3 miljoner kronor.']);
    expect(split('B. Bidrag till regionerna uppgår till 300 000 kronor. Resten går till staten.')).toEqual([
      'B. Bidrag till regionerna uppgår till 300 000 kronor.',
      'Resten går till staten.',
    ]);
  });
});
