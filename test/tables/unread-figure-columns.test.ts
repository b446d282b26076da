import { describe, expect, it } from 'vitest';
import { isUnreadFigure, unreadFigureColumns } from '../../src/tables/unread-figure-columns.js';
import { unreadable } from '../../src/rules/format/unreadable.js';
import { findingsOf } from '../rules/rule-tester.js';

/** Tables written for this test whose figures are in forms no reading takes. */
describe('isUnreadFigure', () => {
  it('takes digits with marks between them, never dates, times, telephone or organisation numbers, years', () => {
    expect(['12\'500', '3’250', '1.250,-', '4 500 kr/st'].map(isUnreadFigure)).toEqual([true, true, true, true]);
    expect(['2021-03-15', '15.3.2021', '9:30–11:00', '08-123 45 67', '802012-3456', '2021/22', '2019–2020', '45', 'Alby'].map(isUnreadFigure)).toEqual([
      false, false, false, false, false, false, false, false, false,
    ]);
  });

  it('reports a column of an explicit table only, where two cells and half the filled ones are such figures', () => {
    expect(unreadFigureColumns('gfm', [['Alby', 'Berga'], ["12'500", "3'250"]], 0)).toEqual([1]);
    expect(unreadFigureColumns('gfm', [['Alby', 'Berga', 'Dalby'], ["12'500", 'okänt', 'okänt']], 0)).toEqual([]);
    // Lines a reader set apart from prose are not a table the page marked up: left to the row reports.
    expect(unreadFigureColumns('spaced', [['Alby', 'Berga'], ["12'500", "3'250"]], 0)).toEqual([]);
  });
});

describe('a marked-up table whose figures no reading takes', () => {
  it('is reported in Markdown, naming the column and its cells', () => {
    const md = '| Ort | Belopp |\n|---|---|\n| Alby | 12\'500 |\n| Berga | 3\'250 |\n| Summa | 15\'750 |\n';
    const found = findingsOf(unreadable, [{ file: 'a.md', text: md }]);
    expect(found.map((f) => [f.message, f.location.line])).toEqual([['kolumnen "Belopp" har tal i en form som inte kunde läsas ("12\'500", "3\'250", "15\'750"); kolumnen är inte kontrollerad', 3]]);
  });

  it('is reported in HTML beside a column that is read, and dates, telephone and organisation numbers are not', () => {
    const html =
      '<table><tr><th>Förening</th><th>Org.nr</th><th>Datum</th><th>Telefon</th><th>Andel</th><th>Bidrag</th></tr>' +
      "<tr><td>Alby IF</td><td>802012-3456</td><td>2021-03-15</td><td>08-123 45 67</td><td>1'250.-</td><td>12 500</td></tr>" +
      "<tr><td>Berga SK</td><td>802013-1111</td><td>2021-04-01</td><td>031-22 33 44</td><td>3'000.-</td><td>3 250</td></tr></table>";
    const found = findingsOf(unreadable, [{ file: 'b.html', text: html }]);
    expect(found.map((f) => f.message)).toEqual(['kolumnen "Andel" har tal i en form som inte kunde läsas ("1\'250.-", "3\'000.-"); kolumnen är inte kontrollerad']);
  });
});
