import { ratio } from '../../../src/rules/table/ratio.js';
import { ruleTester } from '../rule-tester.js';

/** Tables written for these tests; each percent checked by hand against its two counts. */
const READ = (fits: number): string => `att procenten är kvoten av de två är läst ur att den är det på ${fits} andra ställen i tabellen`;

ruleTester(ratio, {
  valid: [
    {
      // 20 773 / 25 118 = 82,70; 22 135 / 26 197 = 84,49 → 84,5; 23 131 / 27 323 = 84,66 → 84,7.
      name: 'a turnout row that agrees with its two counts in every year',
      code: 'Valdeltagande\t2010\t2014\t2018\nAndel som röstade (procent)\t82,7\t84,5\t84,7\nAntal röster\t20 773\t22 135\t23 131\nAntal röstberättigade\t25 118\t26 197\t27 323\n',
    },
    {
      // No two columns give the percent: it is something else (a change, say), not their ratio.
      name: 'a percent column no pair of columns explains',
      code: [{ file: 'a.md', text: '| Kommun | Invånare | Anställda | Ökning (%) |\n|---|---|---|---|\n| Alby | 12 000 | 800 | 2,1 |\n| Boda | 8 500 | 610 | -0,4 |\n| Cala | 20 100 | 1 450 | 1,3 |\n' }],
    },
    {
      // Shares of the column's total are table/share's: 600/1 000, 300/1 000, 100/1 000.
      name: 'a column of shares of a total is left to table/share',
      code: 'Region\tBelopp (kr)\tAndel (%)\nNorr\t600\t60,0\nMitt\t300\t30,0\nSyd\t100\t10,0\nSumma\t1 000\t100,0\n',
    },
  ],
  invalid: [
    {
      // 22 135 / 26 197 = 84,494 %, which rounds to 84,5, not 84,4; the other two years agree.
      name: 'tab-separated years: a turnout row one tenth off in one year',
      code: 'Valdeltagande\t2010\t2014\t2018\nAndel som röstade (procent)\t82,7\t84,4\t84,7\nAntal röster\t20 773\t22 135\t23 131\nAntal röstberättigade\t25 118\t26 197\t27 323\n',
      findings: [
        {
          severity: 'warning',
          message: `raden "Andel som röstade (procent)" i kolumnen "2014": 84,4 % stämmer inte med "Antal röster" / "Antal röstberättigade" = 84,49 % — osäker läsning: ${READ(2)}`,
          line: 2,
        },
      ],
    },
    {
      // 5 400 / 6 000 = 90,0 but 88,0 printed for Boda; 3 100 / 4 000 = 77,5 and 9 900 / 12 000 = 82,5 agree.
      name: 'GFM: a turnout column beside votes and electorate, one municipality off',
      code: [{ file: 'v.md', text: '| Kommun | Röster | Röstberättigade | Valdeltagande (%) |\n|---|---|---|---|\n| Alby | 3 100 | 4 000 | 77,5 |\n| Boda | 5 400 | 6 000 | 88,0 |\n| Cala | 9 900 | 12 000 | 82,5 |\n' }],
      findings: [
        {
          severity: 'warning',
          message: `raden "Boda" i kolumnen "Valdeltagande (%)": 88 % stämmer inte med "Röster" / "Röstberättigade" = 90 % — osäker läsning: ${READ(2)}`,
          line: 4,
        },
      ],
    },
  ],
});
