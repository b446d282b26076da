import { describe, expect, it } from 'vitest';
import { isNoteColumn } from '../../src/tables/note-column.js';

describe('isNoteColumn', () => {
  it('takes a column titled Not or Noter whose cells are note numbers, one or several', () => {
    expect(isNoteColumn('Not', ['1', '', '3A', '22,23', '4, 5'])).toBe(true);
    expect(isNoteColumn('NOTER', ['2', '7 och 8'])).toBe(true);
    expect(isNoteColumn('Not', ['not 20 »', '', 'not 21 » not 36 »'])).toBe(true);
  });

  it('takes an untitled column only when its cells are note links', () => {
    expect(isNoteColumn('', ['not 20 »', ' ', 'Not 6'])).toBe(true);
    expect(isNoteColumn('', ['20', '6'])).toBe(false);
    expect(isNoteColumn('', ['', ''])).toBe(false);
  });

  it('refuses a column of figures under the title Not', () => {
    expect(isNoteColumn('Not', ['12', '173,4'])).toBe(false);
    expect(isNoteColumn('Belopp', ['not 3 »'])).toBe(false);
  });
});
