import { tableTotal } from '../../../src/rules/text/table-total.js';
import { ruleTester } from '../rule-tester.js';

/**
 * A copy of a page cut inside a table of regions (cut-after.ts): the text ends on the next row's
 * label alone, a region the rows have not named, so rows that fall short of the total stated above
 * them show no disagreement of the page. Two
 * layouts written for this test; every sum checked by hand.
 */
const CUT = 'texten slutar inne i tabellen, så den kan ha fler rader än de lästa';

// Space-aligned rows with a blank line between them: 21 500 000 + 18 250 000 + 48 750 000 = 88 500 000.
const spaced = (after: string): string =>
  [
    'Stödet till vägföreningarna',
    '',
    'Trafikverket har beslutat om bidragen för året. Myndigheten fördelar totalt 90 000 000 kronor till länen enligt nedan.',
    '',
    'Län                          Bidrag, kronor',
    '',
    'Region Uppsala               21 500 000',
    '',
    'Region Kalmar                18 250 000',
    '',
    'Region Dalarna               48 750 000',
    '',
    after,
  ].join('\n');

// Pipe rows closed by a pipe: 9 000 000 + 11 500 000 + 27 000 000 = 47 500 000.
const piped = (after: string, last = '27 000 000'): string =>
  ['Bidrag till länen', '', 'Naturvårdsverket fördelar 48 000 000 kronor till länsstyrelserna så här:', '', 'Län | Belopp, kr |', 'Blekinge län | 9 000 000 |', 'Gotlands län | 11 500 000 |', `Hallands län | ${last} |`, after].join('\n');

ruleTester(tableTotal, {
  valid: [],
  invalid: [
    {
      name: 'spaced rows that fall short, the text ending on a label alone: a warning naming the cut',
      code: spaced('Region Värmland\n'),
      findings: [{ severity: 'warning', message: `rubriken anger 90 000 000 kr; tabellens 3 rader summerar till 88 500 000 kr (skillnad 1 500 000 kr) — osäker läsning: ${CUT}` }],
    },
    {
      name: 'piped rows that fall short, the text ending on a label alone: a warning naming the cut',
      code: piped('Kronobergs län\n'),
      findings: [{ severity: 'warning', message: `rubriken anger 48 000 000 kr; tabellens 3 rader summerar till 47 500 000 kr (skillnad 500 000 kr) — osäker läsning: ${CUT}` }],
    },
    {
      name: 'the same rows with nothing after them: the error stays',
      code: spaced(''),
      findings: [{ severity: 'error', message: 'rubriken anger 90 000 000 kr; tabellens 3 rader summerar till 88 500 000 kr (skillnad 1 500 000 kr)' }],
    },
    {
      name: 'a closing sentence after the rows is no cut label: the error stays',
      code: piped('Beslutet kan inte överklagas.\n'),
      findings: [{ severity: 'error', message: 'rubriken anger 48 000 000 kr; tabellens 3 rader summerar till 47 500 000 kr (skillnad 500 000 kr)' }],
    },
    {
      name: 'a line of page furniture after the rows names no region: the error stays',
      code: spaced('Läs mer\n'),
      findings: [{ severity: 'error', message: 'rubriken anger 90 000 000 kr; tabellens 3 rader summerar till 88 500 000 kr (skillnad 1 500 000 kr)' }],
    },
    {
      // 9 000 000 + 11 500 000 + 28 000 000 = 48 500 000: more rows could only add to it.
      name: 'rows that exceed the total before a cut: the error stays',
      code: piped('Kronobergs län\n', '28 000 000'),
      findings: [{ severity: 'error', message: 'rubriken anger 48 000 000 kr; tabellens 3 rader summerar till 48 500 000 kr (skillnad 500 000 kr)' }],
    },
  ],
});
