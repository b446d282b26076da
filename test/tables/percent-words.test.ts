import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A column whose cells write "procent" is percent, whatever unit the caption gives the table (written for this test). */
describe('cells in percent words', () => {
  it('reads a share in parentheses after each amount as a percent column', () => {
    for (const text of [
      'Så här fördelas pengarna, i tusental kronor:\n\n* Stockholms län: 1 250 (35 procent)\n* Östergötlands län: 980 (27 procent)\n* Dalarnas län: 615 (17 procent)\n',
      'Medlen i miljoner kronor:\n\n- Kalmar 12 (40 %)\n- Gotland 6 (20 %)\n- Halland 12 (40 %)\n',
    ]) {
      const [t] = docOf({ text }).tables;
      expect(t!.columns.map((c) => c.unit), text).toEqual(['SEK', 'percent']);
      expect(t!.columns[1]!.scale).toBe(1);
    }
  });
});
