import { describe, expect, it } from 'vitest';
import { formatAuditText, summaryLine } from '../../src/report/audit-text.js';
import { displayColumn, expandTabs } from '../../src/report/source-line.js';
import { columnTotal001, emptyResult, FILE_001, lines001, result001 } from './fixtures.js';

describe('formatAuditText', () => {
  it('prints a finding like a compiler diagnostic, caret under the value behind a tab', () => {
    const out = formatAuditText({ documents: [{ file: FILE_001, findings: [columnTotal001], lines: lines001() }], errors: [] }, { color: false });
    expect(out.split('\n')).toEqual([
      'corpus/001_e7b5af15c7845b07.txt:80:7: error table/column-total',
      '  21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)',
      '   |',
      '80 | Summa   3 000 000 000',
      '   |         ^^^^^^^^^^^^^',
      '   = se även: corpus/001_e7b5af15c7845b07.txt:65:8 Kalmar 77 624 374',
      '',
      '1 fel, 0 varningar, 0 info i 1 dokument',
      '',
    ]);
  });

  it('puts the caret exactly under the digits of the printed line', () => {
    const out = formatAuditText({ documents: [{ file: FILE_001, findings: [columnTotal001], lines: lines001() }], errors: [] }, { color: false });
    const lines = out.split('\n');
    const source = lines[3]!.slice('80 | '.length);
    const caret = lines[4]!.slice('   | '.length);
    const start = caret.indexOf('^');
    expect(source.slice(start, caret.length)).toBe('3 000 000 000');
  });

  it('prints PDF findings by page with their box, lines without column uncareted, input errors and the summary', () => {
    expect(formatAuditText(result001(), { color: false }).split('\n')).toEqual([
      'corpus/001_e7b5af15c7845b07.txt:80:7: error table/column-total',
      '  21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)',
      '   |',
      '80 | Summa   3 000 000 000',
      '   |         ^^^^^^^^^^^^^',
      '   = se även: corpus/001_e7b5af15c7845b07.txt:65:8 Kalmar 77 624 374',
      '',
      'corpus/003 överenskommelse.pdf (sida 3): warning prose/table-agreement',
      '  Texten anger 2,95 miljarder kronor; tabellens summa är 2 937 000 000 kr',
      '  = position: sida 3, x 72,0, y 540,5 från övre vänstra hörnet, bredd 120,0, höjd 12,0 pt',
      '',
      'corpus/004_8696a5bf70867187.txt:3: info table/column-total',
      '  Summan stämmer först med avrundningen (±1 500 000 kr)',
      '  |',
      '3 | Nära två miljarder',
      '',
      'corpus/trasig.pdf: inte en PDF-fil (saknar %PDF-huvud)',
      '',
      '1 fel, 1 varning, 1 info i 3 dokument; 1 fil kunde inte läsas',
      '',
    ]);
  });

  it('prints only the summary for an empty run', () => {
    expect(formatAuditText(emptyResult(), { color: false })).toBe('0 fel, 0 varningar, 0 info i 0 dokument\n');
  });

  it('uses ANSI colour only when asked', () => {
    expect(formatAuditText(result001(), { color: false })).not.toContain('\x1b[');
    const coloured = formatAuditText(result001(), { color: true });
    expect(coloured).toContain('\x1b[1;31merror\x1b[0m');
    expect(coloured).toContain('\x1b[1;33mwarning\x1b[0m');
    // Without the escapes the coloured text is the plain text.
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(formatAuditText(result001(), { color: false }));
  });

  it('puts one caret when the location has a column but no end', () => {
    const f = { ...columnTotal001, location: { file: FILE_001, line: 65, column: 8 }, related: [] };
    const out = formatAuditText({ documents: [{ file: FILE_001, findings: [f], lines: lines001() }], errors: [] }, { color: false });
    expect(out.split('\n').slice(2, 5)).toEqual(['   |', '65 | Kalmar  77 624 374', '   |         ^']);
  });

  it('still prints the finding when its line is outside the known source', () => {
    const f = { ...columnTotal001, location: { file: FILE_001, line: 500, column: 3 }, related: [] };
    expect(formatAuditText({ documents: [{ file: FILE_001, findings: [f], lines: [] }], errors: [] }, { color: false })).toBe(
      'corpus/001_e7b5af15c7845b07.txt:500:3: error table/column-total\n' +
        '  21 rader summerar till 3 000 000 027 kr; summaraden anger 3 000 000 000 kr (skillnad 27 kr)\n' +
        '\n1 fel, 0 varningar, 0 info i 1 dokument\n',
    );
  });
});

describe('summaryLine', () => {
  it('inflects varning and fil', () => {
    expect(summaryLine({ documents: 5, errors: 3, warnings: 1, infos: 2 }, 0)).toBe('3 fel, 1 varning, 2 info i 5 dokument');
    expect(summaryLine({ documents: 5, errors: 0, warnings: 2, infos: 0 }, 2)).toBe(
      '0 fel, 2 varningar, 0 info i 5 dokument; 2 filer kunde inte läsas',
    );
  });
});

describe('tab expansion', () => {
  it('expands to stops of four so labels of any length line up', () => {
    expect(expandTabs('Kalmar\t77 624 347')).toBe('Kalmar  77 624 347');
    expect(expandTabs('Östergötland\t135 928 438')).toBe('Östergötland    135 928 438');
    expect(displayColumn('Östergötland\t135 928 438', 13)).toBe(16);
    expect(displayColumn('Kalmar\t77 624 347', 7)).toBe(8);
    expect(displayColumn('abc', 5)).toBe(5);
  });
});
