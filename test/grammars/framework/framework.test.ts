import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework, printFrame } from '../../../grammars/framework/index.js';
import { frameworkLexer } from '../../../grammars/framework/tokens.js';
import { amountLiteral } from '../../../grammars/framework/printer.js';
import { Decimal } from 'decimal.js';

const tokens = (text: string): string[] => frameworkLexer.tokenize(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);

describe('framework tokens', () => {
  it('reads an amount with scale and currency as one Number', () => {
    expect(tokens('belopp totalt = 2 937 miljoner kr')).toEqual(['AmountKw:belopp', 'Identifier:totalt', 'Equals:=', 'Number:2 937 miljoner kr']);
  });
  it('keeps a decimal comma and stops the amount at the line end', () => {
    expect(tokens('= 1 687,5 miljoner kr\nsumma')).toEqual(['Equals:=', 'Number:1 687,5 miljoner kr', 'SumKw:summa']);
  });
  it('tells keywords from names that begin with them', () => {
    expect(tokens('regioner region summan')).toEqual(['Identifier:regioner', 'RegionKw:region', 'Identifier:summan']);
  });
  it('reads a diarienummer and skips comments', () => {
    expect(tokens('dnr S2023/03331 # från beslutet')).toEqual(['DnrKw:dnr', 'DnrLiteral:S2023/03331']);
  });
});

describe('framework statements', () => {
  it('agreement, dnr and source', () => {
    const { frame, errors } = parseFramework('överenskommelse "Ökad tillgänglighet" 2024\ndnr S2023/03331 S2023/03334\nkälla "003.txt"', 'f.frame');
    expect(errors).toEqual([]);
    expect(frame.agreement).toBe('ökad tillgänglighet');
    expect(frame.year).toBe(2024);
    expect(frame.dnr).toEqual(['S2023/03331', 'S2023/03334']);
    expect(frame.source).toBe('003.txt');
  });
  it('amounts keep their written precision; whole kronor are exact', () => {
    const { frame } = parseFramework('belopp a = 2 937 miljoner kr "Totalt" rad 70\nbelopp b = 1 237 500 000 kr\nbelopp c = 1 237,5 miljoner kr', 'f.frame');
    expect(frame.amounts.map((a) => [a.name, a.value.toFixed(), a.precision.toFixed(), a.label])).toEqual([
      ['a', '2937000000', '500000', 'Totalt'],
      ['b', '1237500000', '0', null],
      ['c', '1237500000', '50000', null],
    ]);
    expect(frame.amounts[0]!.location?.line).toBe(70);
  });
  it('sums with plus and minus', () => {
    const { frame, errors } = parseFramework('belopp a = 3 kr\nbelopp b = 2 kr\nbelopp c = 1 kr\nsumma c = a - b\nsumma a = b + c', 'f.frame');
    expect(errors).toEqual([]);
    expect(frame.sums.map((s) => `${s.total}=${s.terms.map((t) => `${t.sign > 0 ? '+' : '-'}${t.name}`).join('')}`)).toEqual(['c=+a-b', 'a=+b+c']);
  });
  it('keys: one base, weighted bases, a fixed part per region', () => {
    const { frame, errors } = parseFramework(
      'belopp a = 1 kr\nbelopp b = 1 kr\nbelopp c = 1 kr\nnyckel a = befolkning\nnyckel b = 50 % befolkning + 50 % insatser\nnyckel c = 500 000 kr per region + befolkning',
      'f.frame',
    );
    expect(errors).toEqual([]);
    expect(frame.keys[0]!.terms).toEqual([{ kind: 'share', base: 'befolkning', weight: null }]);
    expect(frame.keys[1]!.terms.map((t) => (t.kind === 'share' ? `${t.weight?.toFixed()} ${t.base}` : ''))).toEqual(['50 befolkning', '50 insatser']);
    expect(frame.keys[2]!.terms[0]).toEqual({ kind: 'fixed', perRegion: new Decimal(500000) });
  });
});

describe('framework errors point to line and column', () => {
  it('a missing =', () => {
    expect(parseFramework('belopp a = 12 kr\nbelopp b 12 kr\n', 'x').errors).toEqual([{ message: "väntade '=', fann '12 kr'", line: 2, column: 10 }]);
  });
  it('a character the language does not have', () => {
    expect(parseFramework('belopp a = 12 kr !', 'x').errors).toEqual([{ message: "oväntat tecken '!'", line: 1, column: 18 }]);
  });
  it('a name used but never defined', () => {
    expect(parseFramework('belopp a = 12 kr\nsumma a = b + a', 'x').errors).toEqual([{ message: "okänt belopp 'b' i summan", line: 2, column: 11 }]);
  });
  it('a name defined twice', () => {
    expect(parseFramework('belopp a = 1 kr\nbelopp a = 2 kr', 'x').errors).toEqual([{ message: "beloppet 'a' är redan definierat", line: 2, column: 8 }]);
  });
  it('weights that do not make 100 %', () => {
    expect(parseFramework('belopp a = 1 kr\nnyckel a = 60 % befolkning + 50 % insatser', 'x').errors).toEqual([
      { message: "andelarna i nyckeln 'a' summerar till 110 %, inte 100 %", line: 2, column: 8 },
    ]);
  });
  it('an unknown key base', () => {
    expect(parseFramework('belopp a = 1 kr\nnyckel a = yta', 'x').errors).toEqual([{ message: "okänd fördelningsgrund 'yta' (kända: befolkning, befolkning_0_18, insatser, prestation, lika)", line: 2, column: 12 }]);
  });
  it('a statement cut off at the end of the file', () => {
    const errors = parseFramework('belopp a = 1 kr\nsumma a =', 'x').errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('väntade ett namn, fann filens slut');
    expect(errors[0]!.line).toBe(2);
  });
});

describe('printFrame', () => {
  it('writes amounts as stated', () => {
    expect(amountLiteral({ value: new Decimal('1687500000'), precision: new Decimal(50000), scale: 1e6 })).toBe('1 687,5 miljoner kr');
    expect(amountLiteral({ value: new Decimal('1237500000'), precision: new Decimal(0), scale: 1 })).toBe('1 237 500 000 kr');
  });
  it('round-trips the pinned frame of seed 003', () => {
    const text = readFileSync('corpus/frames/tillganglighet-2024.frame', 'utf8');
    const first = parseFramework(text, 'p.frame');
    expect(first.errors).toEqual([]);
    const again = parseFramework(printFrame(first.frame), 'p.frame');
    expect(again.errors).toEqual([]);
    expect(printFrame(again.frame)).toBe(printFrame(first.frame));
  });
});

describe('pinned frame of seed 003', () => {
  const { frame } = parseFramework(readFileSync('corpus/frames/tillganglighet-2024.frame', 'utf8'), 'p.frame');
  const v = (name: string): string | undefined => frame.amounts.find((a) => a.name === name)?.value.toFixed();
  it('names the agreement and the dnr the decision gives it', () => {
    expect([frame.agreement, frame.year, frame.dnr]).toEqual(['ökad tillgänglighet i hälso- och sjukvården', 2024, ['S2023/03331']]);
  });
  it('holds the amounts of section 2 and Bilaga 1', () => {
    // avsnitt 2: 2 937 totalt, 2 925 regionerna, 530 BUP (450 + 80), 2 395 övriga, SKR 12; bilaga 1 tabell 2: 1 237,5 + 1 687,5.
    expect([v('totalt'), v('regioner'), v('skr'), v('exkl_bup'), v('bup'), v('grundkrav'), v('bup_prestation')]).toEqual([
      '2937000000', '2925000000', '12000000', '2395000000', '530000000', '80000000', '450000000',
    ]);
    expect([v('efter_rekvisition'), v('utan_rekvisition'), v('utan_rekvisition_grundkrav')]).toEqual(['1237500000', '1687500000', '1237500000']);
  });
});
