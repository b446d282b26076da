import { describe, expect, it } from 'vitest';
import { paragraphs } from './paragraph-blocks.js';
import { figureLineRuns, isFigureLine } from '../../src/layout/figure-line-runs.js';

const spans = (lines: string[]) => figureLineRuns(paragraphs(lines)).map((r) => `${r.length} ${r[0]!.location.line}–${r.at(-1)!.location.line}`);

describe('runs of lines of figures only', () => {
  it('tells a line of figures from a line with words, a telephone number or a footnote mark alone', () => {
    expect(['97 430', '+1 695 284', '–879 837', '55 – 24', '4,5 12,0', '<5 17', '1 080 0,5'].map(isFigureLine)).toEqual([true, true, true, true, true, true, true]);
    expect(['Region 55', '08 405 10 00', '¹', '', 'Summa'].map(isFigureLine)).toEqual([false, false, false, false, false]);
  });

  it('finds a label a line over its figures a line, as pdftotext sets a table without -layout', () => {
    const raw = ['Belopp i miljoner kronor.', 'Region', 'Kronobergs län', '97 430 97 728 50 204', '4 582 86 274', 'Gävleborgs län', '90 575 93 469 14 122', '80 808 98 906', 'Kalmar län', '55 254 71 197 82 998', '17 744 8 593', 'Källa: SCB och egna beräkningar av regionernas uppgifter för året.'];
    expect(spans(raw)).toEqual(['6 4–11']);
  });

  it('finds a cell a paragraph and labels between figures, as mutool sets one', () => {
    const mutool = ['Verksamhet', '', 'Skatteintäkter', '784', '443', '297', '', 'Kommunstyrelsen', '188', '180', '320', '', 'Summa', '972', '623', '617'];
    expect(spans(mutool)).toEqual(['9 4–16']);
    const single = ['Region', '', '24', '', '90', '', '100', '', '61', '', 'Regeringen har beslutat om fördelningen efter samråd med berörda myndigheter.'];
    expect(spans(single)).toEqual(['4 3–9']);
  });

  it('finds every figure in one run after every label in another, as pdfminer sets a column', () => {
    const pdfminer = ['Region', 'Gävleborgs län', 'Dalarnas län', 'Uppsala län', 'Totalt', 'Källa: SCB.', '', 'Tillägg', '+323 775', '+651 233', '–879 837', '+95 171'];
    expect(spans(pdfminer)).toEqual(['4 9–12']);
  });

  it('takes rows whose figures stand after a wide gap, as pdftotext -layout sets a column under long labels', () => {
    const layout = [
      '                                        Förändring mot',
      'Kostnader landsbygd kompetensförsörjning statlig lokaler               20,2',
      'Stöd personal kommuner omställning verksamhet                          17,6',
      'Insatser området av utveckling administration kostnader området och',
      '                                                                       25,5',
      'uppföljning',
      'Summa                                                                 100,0',
      'Uppgifterna bygger på den senaste uppföljningen och kan komma att justeras.',
    ];
    expect(spans(layout)).toEqual(['4 2–7']);
    // Two columns, labels wrapped a word a line in a narrow stub, as mutool sets them.
    const narrow = ['Insatser', 'lokaler', 'verksamhet', '        65 422     80 299', 'kommuner', 'lokaler av', 'ersättning', 'Medel', '        46 296     83 198', 'stöd och', 'Ersättning', '        98 343     60 506', 'Summa      210 061    224 003'];
    expect(spans(narrow)).toEqual(['4 4–13']);
    // Justified prose, its words set apart by up to three spaces, is no column, even where a line ends in a figure.
    const justified = ['Regeringen  har  beslutat  att  fördela   12 500', 'kronor  till  varje  kommun  och  ytterligare   4 500', 'kronor  till  varje  region  under  åren  2021', 'och  2022  enligt  förordningen  om  statsbidrag  300', 'kronor per invånare.'];
    expect(spans(justified)).toEqual([]);
  });

  it('takes rows of several figures each, however many label lines stand between, and labels that name a year', () => {
    const wrapped = ['Ersättning stöd', 'organisationer', '        901,2    773,2    956,5', 'omställning med', 'samverkan', 'Medel till', '        419,7      <5     839,4', 'utveckling', 'Stöd kommuner', '        637,4    653,0      –', 'lokaler', 'Summa', '        1 958,3    1 426,2    1 795,9'];
    expect(spans(wrapped)).toEqual(['4 3–13']);
    const years = ['Prognos', '2011 (%) 2012 (%)', 'Summa', '100,0', '100,0', 'Investeringar 2019–2021', '48,5', '22,8', 'Utbetalt 2022', '51,5', '77,2', 'Verksamhet'];
    expect(spans(years)).toEqual(['6 4–11']);
  });

  it('finds no run in prose with figures, a contents list, an axis, a header of years or page numbers', () => {
    const prose = ['Regeringen fördelar 12 500 000 kronor mellan regionerna och', '4 500', 'kronor av dem går till norra Sverige under 2021 och 2022.'];
    expect(spans(prose)).toEqual([]);
    const contents = ['Innehåll', 'Inledning', '3', 'Bakgrund', '5', 'Uppdraget 2021', '9', 'Överväganden', '12', 'Konsekvenser', '17'];
    expect(spans(contents)).toEqual([]);
    const axis = ['Diagram 2. Antal ärenden', '0', '20', '40', '60', '80', '100'];
    expect(spans(axis)).toEqual([]);
    const years = ['Belopp', '2019', '2020', '2021', '2022'];
    expect(spans(years)).toEqual([]);
    const pages = ['Medlen ska användas för att stärka verksamheten i hela landet.', '12', '', 'Uppföljningen visar att medlen har använts som avsett.', '13'];
    expect(spans(pages)).toEqual([]);
  });

  it('ends a run at a sentence, so that figures on either side are runs of their own or none', () => {
    const lines = ['12', '45', '78', 'Uppgifterna bygger på den senaste uppföljningen och kan komma att justeras.', '31', '44', '59', '61'];
    expect(spans(lines)).toEqual(['4 5–8']);
  });
});
