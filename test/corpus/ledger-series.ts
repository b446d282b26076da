import type { Source } from '../rules/rule-tester.js';

/**
 * Made-up series of documents about one agreement and year, in three wordings, with figures
 * that can be checked by hand:
 *
 *   frame 2 000 000 000 = SKR 20 000 000 + first payout 300 000 000 + performance 412 000 000 + remainder 1 268 000 000
 *
 * W1: an agreement page and three releases (Markdown): "avsätter totalt", "går till SKR", "betalar i dag ut",
 *     "har fördelats utifrån uppfyllda prestationskrav", "I mars betalades … ut", "Nu betalas resterande … ut".
 * W2: four releases (text), passive and past, quoted names and "2025-26": "har avsatts", "tilldelas", "prestationsbundna",
 *     "betalades … ut", "Regionerna tilldelades", "betalas de återstående … ut i dag".
 * W3: three documents (text): "har avsatt totalt", "varav … går till SKR", "betalas … ut i februari",
 *     "betalar i dag ut", "Kvarvarande medel, X, utbetalas nu", a rounded restatement "300 miljoner".
 */
export interface SeriesFigures {
  total?: string;
  totalAgain?: string;
  remainder?: string;
  march?: string;
}

export function w1(o: SeriesFigures = {}): Source[] {
  return [
    {
      file: '1-overenskommelsen.md',
      text: `# Överenskommelse om kortare vårdköer 2025–2026\n\nPublicerad 20 januari 2025\n\nRegeringen och Sveriges Kommuner och Regioner har kommit överens om kortare vårdköer 2025–2026.\n\nFör 2025 avsätter regeringen totalt ${o.total ?? '2 000 000 000'} kronor inom ramen för överenskommelsen, varav 412 000 000 kronor är prestationsbaserade. Av medlen går 20 000 000 kronor till SKR för stöd till regionernas arbete.\n`,
    },
    {
      file: '2-mars.md',
      text: `# 300 miljoner kronor till regionerna för kortare vårdköer\n\nPublicerad 14 mars 2025\n\nRegeringen betalar i dag ut ${o.march ?? '300 000 000'} kronor till regionerna enligt överenskommelsen om ”kortare vårdköer” 2025-26.\n\nMedlen fördelas utifrån befolkningsstorlek. Totalt har regeringen avsatt ${o.totalAgain ?? '2 miljarder'} kronor för 2025.\n`,
    },
    {
      file: '3-augusti.md',
      text: `# Regionerna får 412 miljoner kronor för kortare köer\n\nPublicerad 20 augusti 2025\n\nEnligt överenskommelsen om kortare vårdköer 2025 har 412 000 000 kronor fördelats utifrån uppfyllda prestationskrav.\n\nI mars betalades 300 miljoner kronor ut till regionerna. SKR tilldelades 20 miljoner kronor.\n`,
    },
    {
      file: '4-december.md',
      text: `# Sista utbetalningen inom överenskommelsen om kortare vårdköer 2025\n\nPublicerad 10 december 2025\n\nNu betalas resterande ${o.remainder ?? '1 268 000 000'} kronor ut till regionerna.\n\nÖverenskommelsen har gett regionerna möjlighet att korta köerna under året.\n`,
    },
  ];
}

export function w2(o: SeriesFigures = {}): Source[] {
  return [
    {
      file: 'a-januari.txt',
      text: `Pressmeddelande\n15 januari 2025\n\nRegeringen avsätter pengar för kortare väntetider\n\nÖverenskommelsen om ”Kortare väntetider” 2025–2026 är klar.\n\nInom överenskommelsen har ${o.total ?? '2 000 000 000'} kronor avsatts för 2025. Sveriges Kommuner och Regioner tilldelas 20 000 000 kronor. Av beloppet är 412 000 000 kronor prestationsbundna.\n`,
    },
    {
      file: 'b-april.txt',
      text: `Pressmeddelande\n2 april 2025\n\nFörsta utbetalningen för kortare väntetider\n\nRegionerna har fått de första medlen enligt överenskommelsen om kortare väntetider 2025-26.\n\nI mars betalades ${o.march ?? '300 000 000'} kronor ut till regionerna. För året har ${o.totalAgain ?? '2 000 000 000'} kronor avsatts.\n`,
    },
    {
      file: 'c-september.txt',
      text: `Pressmeddelande\n3 september 2025\n\nRegionerna har uppfyllt prestationskraven\n\nRegionerna tilldelades 412 000 000 kronor i augusti enligt överenskommelsen om kortare väntetider 2025.\n`,
    },
    {
      file: 'd-december.txt',
      text: `Pressmeddelande\n8 december 2025\n\nSista utbetalningen för kortare väntetider 2025\n\nEnligt Överenskommelsen om Kortare väntetider 2025 betalas de återstående ${o.remainder ?? '1 268 000 000'} kronor ut i dag.\n`,
    },
  ];
}

export function w3(o: SeriesFigures = {}): Source[] {
  return [
    {
      file: 'x-februari.txt',
      text: `Pressmeddelande\n10 februari 2025\n\nÖverenskommelsen om kortare operationsköer 2025 undertecknad\n\nRegeringen har avsatt totalt ${o.total ?? '2 000 000 000'} kronor, varav 20 000 000 kronor går till SKR. Redan i dag betalas ${o.march ?? '300 000 000'} kronor ut till regionerna.\n`,
    },
    {
      file: 'y-september.txt',
      text: `Pressmeddelande\n1 september 2025\n\nUtbetalning enligt överenskommelsen om kortare operationsköer 2025\n\nRegeringen betalar i dag ut 412 000 000 kronor till regionerna utifrån uppfyllda prestationskrav. Totalt avsattes ${o.totalAgain ?? '2 miljarder'} kronor.\n`,
    },
    {
      file: 'z-december.txt',
      text: `Pressmeddelande\n5 december 2025\n\nSista delen av överenskommelsen om kortare operationsköer 2025\n\nKvarvarande medel, ${o.remainder ?? '1 268 000 000'} kronor, utbetalas nu till regionerna. I februari betalades 300 miljoner kronor ut.\n`,
    },
  ];
}

export const SERIES = { w1, w2, w3 } as const;
