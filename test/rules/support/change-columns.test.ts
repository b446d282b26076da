import { difference } from '../../../src/rules/table/difference.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A change column apart from the columns it is the difference of (votes, share, votes, share,
 * change), in layouts written for this test; every difference worked out by hand in the comments.
 */
const APART = (a: string, b: string): string => `att förändringskolumnen är "${a}" minus "${b}" är läst ur siffrorna, som på de flesta rader stämmer så`;

ruleTester(difference, {
  valid: [
    // 1 200 − 1 000 = 200, 800 − 900 = −100, 450 − 400 = 50, 300 − 310 = −10: every row agrees.
    {
      name: 'tab-separated: a "+/-" column after two shares, every row right',
      code: 'Parti\t2022\tAndel 2022 (%)\t2018\tAndel 2018 (%)\t+/-\nA\t1200\t40,0\t1000\t35,0\t+200\nB\t800\t26,7\t900\t31,5\t-100\nC\t450\t15,0\t400\t14,0\t+50\nD\t300\t10,0\t310\t10,9\t-10\n',
    },
    // No earlier pair makes the column on three rows of four: 5, 7, 2, 9 is no difference of these columns.
    {
      name: 'a signed column that no pair of columns makes is left alone',
      code: 'Ort\tInvånare 2024\tAndel (%)\tInvånare 2020\tAndel (%)\tÖvrigt\nNorrby\t1000\t20,0\t990\t19,0\t+5\nSöderby\t2000\t40,0\t2010\t41,0\t-7\nVästby\t1500\t30,0\t1490\t30,0\t+2\nÖstby\t500\t10,0\t480\t10,0\t-9\n',
    },
  ],
  invalid: [
    {
      // Later year first: 1 200 − 1 000 = 200, 800 − 900 = −100, 450 − 400 = 50, but 300 − 310 = −10 and −12 is printed.
      name: 'tab-separated: "±" two columns after the later year, one row off by two',
      code: 'Parti\tRöster 2022\tAndel (%)\tRöster 2018\tAndel (%)\t±\nA\t1200\t40,0\t1000\t35,0\t+200\nB\t800\t26,7\t900\t31,5\t-100\nC\t450\t15,0\t400\t14,0\t+50\nD\t300\t10,0\t310\t10,9\t-12\n',
      findings: [
        {
          severity: 'warning',
          message: `raden "D": "Röster 2022" minus "Röster 2018" är −10; kolumnen "±" anger −12 (skillnad 2) — osäker läsning: ${APART('Röster 2022', 'Röster 2018')}`,
          line: 5,
          expected: '-12',
          actual: '-10',
        },
      ],
    },
    {
      // Untitled change column, every figure signed: earlier year first, 600 − 500 = 100 … but 260 − 240 = 20 and +30 is printed.
      name: 'tab-separated: an untitled column of signed figures after the shares, earlier year first',
      code: 'Kommun\t2014\t%\t2018\t%\t\nAlby\t500\t2,0\t600\t2,4\t+100\nBorby\t700\t3,1\t650\t2,9\t-50\nCorby\t240\t1,2\t260\t1,3\t+30\nDorby\t900\t4,0\t930\t4,1\t+30\n',
      findings: [
        {
          severity: 'warning',
          message: `raden "Corby": "2018" minus "2014" är 20; kolumnen "kolumn 5" anger 30 (skillnad 10) — osäker läsning: ${APART('2018', '2014')}`,
          line: 4,
          expected: '30',
          actual: '20',
        },
      ],
    },
    {
      // Single-spaced rows without a header: 500 → 600 is +100 … 240 → 260 is 20, but +30 is printed.
      name: 'single-spaced rows without a header, signed changes last',
      code: 'Röster per kommun\n\nAlby 500 2,0 600 2,4 +100\nBorby 700 3,1 650 2,9 -50\nCorby 240 1,2 260 1,3 +30\nDorby 900 4,0 930 4,1 +30\n',
      findings: [{ severity: 'warning', message: /kolumnen "kolumn 5" anger 30 \(skillnad 10\).*förändringskolumnen är "kolumn 3" minus "kolumn 1"/, line: 5, expected: '30', actual: '20' }],
    },
    {
      // "Förändring" after a share: 2 300 − 2 000 = 300, 1 500 − 1 600 = −100, 900 − 850 = 50, but 700 − 650 = 50 and 60 is printed.
      name: 'tab-separated: "Förändring" after a share column, the pair two and four columns back',
      code: 'Län\tAntal 2022\tAndel (%)\tAntal 2023\tAndel (%)\tFörändring\nNorr\t2000\t40,0\t2300\t42,0\t300\nSyd\t1600\t32,0\t1500\t27,4\t-100\nVäst\t850\t17,0\t900\t16,4\t50\nÖst\t650\t13,0\t700\t12,8\t60\n',
      findings: [{ severity: 'warning', message: /raden "Öst": "Antal 2023" minus "Antal 2022" är 50; kolumnen "Förändring" anger 60/, line: 5, expected: '60', actual: '50' }],
    },
    {
      // Adjacent pair under "Förändring": table/difference's own (2023 − 2022); one finding, not two.
      name: 'a "Förändring" column made by the two columns before it is left to the adjacent check',
      code: 'Post\t2022 (tkr)\t2023 (tkr)\tFörändring (tkr)\nA\t100\t120\t20\nB\t200\t180\t-20\nC\t300\t330\t30\nD\t400\t410\t20\n',
      findings: [{ severity: 'warning', message: /raden "D": "2023 \(tkr\)" minus "2022 \(tkr\)".*läst ur rubrikerna och kolumnernas ordning/, line: 5, expected: '20000', actual: '10000' }],
    },
  ],
});
