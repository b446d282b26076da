import { describe, expect, it } from 'vitest';
import { stackedHeader } from '../../src/layout/stacked-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Headers wrapped one word a line above single-space rows, written for this test. */
const src = (text: string[]) => text.map((raw, i) => ({ raw, line: i + 1 }));
const isRow = (s: { raw: string }) => /\d \d/.test(s.raw);

describe('stackedHeader', () => {
  it('starts a title at each capital and joins the lines that go on it', () => {
    const lines = src(['', 'Antal', 'anställda', 'Andel', 'kvinnor', '(%)', 'Medel-', 'ålder', 'Ekonomi 14 57 46', '']);
    expect(stackedHeader(lines, 1, isRow)).toEqual({ end: 8, titles: ['Antal anställda', 'Andel kvinnor (%)', 'Medelålder'] });
  });

  it('is no stacked header when every title is one line, or when it starts inside a block', () => {
    expect(stackedHeader(src(['Län', 'Antal', 'Andel', 'Belopp', 'Uppsala 1 2 3']), 0, isRow)).toBeNull();
    expect(stackedHeader(src(['Rubrik', 'Antal', 'anställda', 'Andel', 'kvinnor', 'Ekonomi 14 57']), 1, isRow)).toBeNull();
  });
});

describe('single-space rows under a stacked header', () => {
  it('reads the columns the titles name', () => {
    const text = [
      'Personalstatistik 2024',
      '',
      'Antal',
      'anställda',
      'Andel',
      'kvinnor',
      '(%)',
      'Medel-',
      'ålder',
      'Ekonomi 14 57 46',
      'Kultur 1 204 62 44',
      'Teknik 318 31 48',
      '',
    ].join('\n');
    const t = docOf({ file: 's.txt', text }).tables[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['Antal anställda', 'Andel kvinnor (%)', 'Medelålder']);
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Ekonomi', '14', '57', '46'],
      ['Kultur', '1204', '62', '44'],
      ['Teknik', '318', '31', '48'],
    ]);
  });

  it('reads a table wider than a one-line header may name (thirteen columns)', () => {
    const months = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
    const head = [...months.flatMap((m) => ['Ärenden', m]), 'Ärenden', 'hela året'];
    const row = (name: string, xs: number[]) => `${name} ${xs.join(' ')} ${xs.reduce((a, b) => a + b, 0)}`;
    const north = [4, 7, 9, 3, 5, 8, 2, 6, 9, 4, 7, 5];
    const south = [6, 2, 8, 9, 3, 4, 7, 5, 2, 8, 6, 9];
    const west = [3, 9, 4, 6, 8, 2, 5, 7, 3, 6, 4, 8];
    const text = ['', ...head, row('Norra distriktet', north), row('Södra distriktet', south), row('Västra distriktet', west), ''].join('\n');
    const t = docOf({ file: 'w.txt', text }).tables[0]!;
    expect(t.columns).toHaveLength(13);
    expect(t.columns[12]!.header.join(' ')).toBe('Ärenden hela året');
    expect(t.rows[1]!.cells.map((c) => c.value?.toFixed())).toEqual([...south, 69].map(String));
  });
});

describe('stackedHeader leaves', () => {
  it('headers of years to the year reader, and a one-line heading above the rows to the rows', () => {
    expect(stackedHeader(src(['Utfall', '2023', 'Budget', '2024', 'Ekonomi 14 57']), 0, isRow)).toBeNull();
    const lines = src(['Antal', 'anställda', 'Andel', 'kvinnor', 'Förvaltningen', 'Ekonomi 14 57']);
    expect(stackedHeader(lines, 0, isRow)).toEqual({ end: 4, titles: ['Antal anställda', 'Andel kvinnor'] });
  });
});
