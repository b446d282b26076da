/**
 * The county letters ("länsbokstäver") that statistics tables and registers print beside a
 * county's name or in place of its number: AB is Stockholms län (01), BD Norrbottens län (25).
 */
export const COUNTY_LETTERS: Readonly<Record<string, string>> = {
  AB: '01', C: '03', D: '04', E: '05', F: '06', G: '07', H: '08', I: '09', K: '10', M: '12', N: '13',
  O: '14', S: '17', T: '18', U: '19', W: '20', X: '21', Y: '22', Z: '23', AC: '24', BD: '25',
};
