import { describe, expect, it } from 'vitest';
import { countyColumns, countyOfRow } from '../../src/regions/county-column.js';

describe('countyColumns', () => {
  it('finds the county and the municipality column by their headers, in either order', () => {
    expect(countyColumns(['Län', 'Kommun'])).toEqual({ county: 0, municipality: 1 });
    expect(countyColumns(['Kommunnamn', 'Region'])).toEqual({ county: 1, municipality: 0 });
    expect(countyColumns(['Kommun', 'Projekt', 'Landsting'])).toEqual({ county: 2, municipality: 0 });
  });

  it('needs one column of each kind', () => {
    expect(countyColumns(['Län', 'Projekt'])).toBeNull();
    expect(countyColumns(['Kommun', 'Mottagare'])).toBeNull();
    expect(countyColumns(['Län', 'Region', 'Kommun'])).toBeNull();
  });
});

describe('countyOfRow', () => {
  it('gives a municipality row the region of its county column', () => {
    expect(countyOfRow(['Län', 'Kommun'], ['Stockholms län', 'Solna'])).toMatchObject({ region: { code: '01', distance: 0 }, municipality: '0184' });
    expect(countyOfRow(['Kommun', 'Län'], ['Kiruna kommun', 'Norrbotten'])).toMatchObject({ region: { code: '25' }, municipality: '2584' });
    expect(countyOfRow(['Kommun', 'Region'], ['Göteborgs stad', 'Västra Götalandsregionen'])).toMatchObject({ region: { code: '14' }, municipality: '1480' });
  });

  it('leaves the row without a region when the two cells disagree or one is not what its header says', () => {
    // Solna lies in Stockholms län, not in Uppsala län.
    expect(countyOfRow(['Län', 'Kommun'], ['Uppsala län', 'Solna'])).toBeNull();
    // Not a municipality; an empty cell; a misspelt county.
    expect(countyOfRow(['Län', 'Kommun'], ['Skåne', 'Övriga kommuner'])).toBeNull();
    expect(countyOfRow(['Län', 'Kommun'], ['Skåne', ''])).toBeNull();
    expect(countyOfRow(['Län', 'Kommun'], ['Skåen', 'Malmö'])).toBeNull();
    // No county column.
    expect(countyOfRow(['Kommun', 'Projekt'], ['Malmö', 'Skåne'])).toBeNull();
  });
});
