import { describe, expect, it } from 'vitest';
import { isWellFormed, readRun, resolveCell, resolveProse } from '../../../grammars/amount/grouping.js';

function run(image: string) {
  return readRun({ image, start: 0, end: image.length });
}

/** The numbers a prose run yields, as written text slices. */
function prose(image: string, unitFollows: boolean): string[] {
  return resolveProse(run(image), unitFollows).map((p) => image.slice(p.start, p.end));
}

describe('readRun', () => {
  it('splits groups on any separator and keeps decimals apart', () => {
    const r = run('1\u00A0237\u202F500,25');
    expect(r.groups.map((g) => g.digits)).toEqual(['1', '237', '500']);
    expect(r.fraction).toBe('25');
    expect(r.groups[2]).toMatchObject({ start: 6, end: 9 });
  });
});

describe('isWellFormed', () => {
  it.each(['1545740465', '1 545 740 465', '12 000', '999'])('accepts %j', (s) => {
    expect(isWellFormed(run(s).groups)).toBe(true);
  });
  it.each(['544 99 160', '1 2345 678', '2023 10', '1234 567'])('rejects %j', (s) => {
    expect(isWellFormed(run(s).groups)).toBe(false);
  });
});

describe('resolveProse', () => {
  it('keeps a well-formed run whole', () => {
    expect(prose('1 545 740 465', false)).toEqual(['1 545 740 465']);
  });

  it('does not glue a year to the amount after it', () => {
    expect(prose('2024 141 759 535', true)).toEqual(['2024', '141 759 535']);
    expect(prose('2023 10', false)).toEqual(['2023', '10']);
  });

  it('cuts after a complete multi-group number ("2 455 914 23,3")', () => {
    expect(prose('2 455 914 23,3', true)).toEqual(['2 455 914', '23,3']);
  });

  it('does not cut where the rest would begin with a zero ("1 200 00 000", "12 500 05 000")', () => {
    for (const raw of ['1 200 00 000', '12 500 05 000']) {
      const pieces = resolveProse(run(raw), true);
      expect(pieces).toHaveLength(1);
      expect(pieces[0]?.malformed).toBe(true);
    }
    // Without kronor or percent after it, only the leading group is kept (as for "544 99 160").
    expect(prose('1 200 00 000', false)).toEqual(['1']);
  });

  it('cuts off a first group that is a zero and more digits: it ends a date or a code', () => {
    // "2018-06 11,6 miljoner": the month, then the amount.
    expect(prose('06 11,6', true)).toEqual(['06', '11,6']);
    // A well-formed look does not make it one number: "0114 250 000 kronor" is a code, then 250 000.
    expect(prose('0114 250 000', true)).toEqual(['0114', '250 000']);
    expect(prose('07 1 200', false)).toEqual(['07', '1 200']);
    // A phone number without a unit is still read as one (only its first group kept).
    expect(prose('08 405 10 00', false)).toEqual(['08']);
  });

  it('reads a malformed run whole when kronor or percent follows', () => {
    const pieces = resolveProse(run('544 99 160'), true);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]?.malformed).toBe(true);
  });

  it('keeps only the leading group of a malformed run without a unit', () => {
    expect(prose('544 99 160', false)).toEqual(['544']);
    expect(prose('103 15', false)).toEqual(['103']);
  });
});

describe('resolveCell', () => {
  it('reads a malformed cell whole and marks it', () => {
    const p = resolveCell(run('1 2345 678'));
    expect(p.groups.map((g) => g.digits).join('')).toBe('12345678');
    expect(p.malformed).toBe(true);
  });
});

describe('telephone numbers', () => {
  it.each(['405 10 00', '073 848 56 79', '32 486 22 68 65'])('yields no grouped number from %j', (s) => {
    expect(resolveProse(run(s), false).every((p) => p.groups.length === 1)).toBe(true);
  });
});
