import { describe, expect, it } from 'vitest';
import { runCli, tempFile } from './run-cli.js';

describe('kronkoll extract', () => {
  it('prints seed 001 as tidy CSV: 21 regions with codes and exact amounts, Summa as total', async () => {
    const { code, out } = await runCli(['extract', 'corpus/001_e7b5af15c7845b07.txt', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = out.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines.length).toBe(23);
    const fields = lines.slice(1).map((l) => l.split(';'));
    // Typed from the seed's table: "Stockholm 633 531 342", "Kalmar 77 624 347", "Norrbotten 80 307 768", "Summa 3 000 000 000".
    expect(fields[0]!.slice(7, 13)).toEqual(['Fördelade medel (kr)', '01', 'Region Stockholm', 'Stockholm', 'kronor', '633531342']);
    expect(fields[6]!.slice(8, 13)).toEqual(['08', 'Region Kalmar län', 'Kalmar', 'kronor', '77624347']);
    expect(fields[20]!.slice(8, 13)).toEqual(['25', 'Region Norrbotten', 'Norrbotten', 'kronor', '80307768']);
    expect(fields[21]!.slice(8, 13)).toEqual(['', '', 'Summa', 'kronor', '3000000000']);
    expect(fields[21]![17]).toBe('summa');
  });

  it('gives seed 000 as JSON: 21 regions × 5 values, Riket as total, BUP above three columns', async () => {
    const { code, out } = await runCli(['extract', 'corpus/000_cc938031a1688a8c.txt']);
    expect(code).toBe(0);
    const table = JSON.parse(out).documents[0].tables[0];
    expect(table.columns.map((c: { header: string[] }) => c.header)).toEqual([
      ['BUP', 'Befolkning 0–18 år'],
      ['BUP', 'Prestationskrav juli-november'],
      ['BUP', 'Bonuspott'],
      ['Exkl BUP', 'Befolkning totalt'],
      ['Totalt'],
    ]);
    const data = table.rows.filter((r: { kind: string }) => r.kind === 'data');
    expect(data.length).toBe(21);
    expect(data.every((r: { values: unknown[]; region: unknown }) => r.values.length === 5 && r.region !== null)).toBe(true);
    expect(table.rows[21]).toMatchObject({ label: 'Riket', kind: 'total', region: null, values: ['40000000', '116850621', '191389844', '1197500000', '1545740465'] });
    expect(data[20]).toMatchObject({ label: 'Norrbottnen', region: { code: '25', name: 'Region Norrbotten' } });
  });

  it('gives seed 003 its numbered tables scaled from millions, and its prose amounts', async () => {
    const { out } = await runCli(['extract', 'corpus/003_6c5901d824c186aa.txt']);
    const doc = JSON.parse(out).documents[0];
    const values = doc.tables.flatMap((t: { rows: { values: string[] }[] }) => t.rows.map((r) => r.values[0]));
    for (const v of ['2925000000', '2395000000', '530000000', '80000000', '450000000', '12000000', '2937000000', '1237500000', '1687500000']) {
      expect(values).toContain(v);
    }
    const raws = doc.amounts.map((a: { raw: string; value: string }) => `${a.raw}=${a.value}`);
    expect(raws).toContain('2 937 miljoner kronor=2937000000');
    expect(raws).toContain('1 197 miljoner kronor=1197000000');
    expect(raws).toContain('1 237 500 000 miljoner kronor=1237500000000000');
  });

  it('gives seed 002 both Bilaga tables with population as persons and shares as percent', async () => {
    const { out } = await runCli(['extract', 'corpus/002_1364b70c4248b79d.txt']);
    const tables = JSON.parse(out).documents[0].tables;
    expect(tables.length).toBe(2);
    expect(tables[0].columns.map((c: { unit: string }) => c.unit)).toEqual(['persons', 'SEK', 'SEK', 'SEK']);
    expect(tables[1].columns.map((c: { unit: string }) => c.unit)).toEqual(['persons', 'percent', 'count', 'percent', 'SEK']);
    expect(tables[1].rows[0].values).toEqual(['2455914', '23.3', '24975', '6', '109737356']);
  });

  it('reads Region Uppsala in seed 004 as 54 499 160 and records the grouping anomaly', async () => {
    const { out } = await runCli(['extract', 'corpus/004_8696a5bf70867187.txt']);
    const rows = JSON.parse(out).documents[0].tables[0].rows;
    expect(rows.length).toBe(21);
    const uppsala = rows.find((r: { label: string }) => r.label === 'Region Uppsala');
    expect(uppsala.values).toEqual(['54499160']);
    expect(uppsala.anomalies[0]).toMatchObject({ kind: 'digit-grouping', raw: '544 99 160' });
  });

  describe('bad input: exit 2 with one line naming the file and the reason', () => {
    const cases: [string, () => string, RegExp][] = [
      ['a missing file', () => '/nonexistent/beslut.txt', /^kronkoll: \/nonexistent\/beslut\.txt: filen finns inte$/],
      ['an unknown extension', () => tempFile('beslut.docx', 'x'), /beslut\.docx: okänd filändelse '\.docx'/],
      ['binary garbage', () => tempFile('garbage.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 255, 0])), /garbage\.txt: binärt innehåll/],
      ['an empty document', () => tempFile('empty.md', '  \n\n'), /empty\.md: tomt dokument/],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const { code, err } = await runCli(['extract', make()]);
        expect(code).toBe(2);
        expect(err.trim().split('\n').length).toBe(1);
        expect(err.trim()).toMatch(message);
      });
    }

    it('goes on with the other files', async () => {
      const { code, out, err } = await runCli(['extract', '/nonexistent/a.txt', 'corpus/001_e7b5af15c7845b07.txt']);
      expect(code).toBe(2);
      expect(err).toMatch(/a\.txt: filen finns inte/);
      expect(JSON.parse(out).documents.length).toBe(1);
    });
  });

  it('answers --help and --version, and rejects an unknown format', async () => {
    expect((await runCli(['--help'])).out).toMatch(/kronkoll extract/);
    expect((await runCli(['--version'])).out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const bad = await runCli(['extract', 'corpus/001_e7b5af15c7845b07.txt', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format ska vara ett av json, csv, text/);
  });
});

describe('kronkoll extract: limits', () => {
  it('--max-pages refuses a longer PDF with one line and exit 2', async () => {
    const { code, err } = await runCli(['extract', 'corpus/pdf/000.lo.pdf', '--max-pages', '1']);
    expect(code).toBe(2);
    expect(err.trim()).toMatch(/^kronkoll: corpus\/pdf\/000\.lo\.pdf: \d+ sidor; gränsen är 1$/);
  });

  it('--max-size refuses a larger file', async () => {
    const { code, err } = await runCli(['extract', 'corpus/003_6c5901d824c186aa.txt', '--max-size', '0.01']);
    expect(code).toBe(2);
    expect(err.trim()).toMatch(/003_6c5901d824c186aa\.txt: för stor \(32 743 byte; gränsen är 10 485 byte\)$/);
  });

  it('rejects a limit that is not a positive number', async () => {
    const { code, err } = await runCli(['extract', 'corpus/001_e7b5af15c7845b07.txt', '--timeout', 'soon']);
    expect(code).toBe(2);
    expect(err).toMatch(/--timeout ska vara ett positivt tal \(fick 'soon'\)/);
  });
});
