import { describe, expect, it } from 'vitest';
import { AREA_KIND_HEADING, LINK_SENTENCE, PART_OF_COLUMN, PHRASES, says, type PhraseId } from '../../src/lexicon/phrases.js';

/**
 * Each phrase in at least two wordings besides the seeds' (tense, voice, synonym), and words
 * it must not take. `before` phrases are given the words just before an amount.
 */
const CASES: Record<PhraseId, { yes: string[]; no: string[] }> = {
  decisionThis: {
    yes: ['Det belopp som avses i detta beslut, ', 'Detta beslut omfattar ', 'Medlen som omfattas av detta beslut, '],
    no: ['Medlen som omfattades av det förra beslutet, ', 'Detta beslut omfattar bland annat '],
  },
  decisionThisSentence: {
    yes: ['Det belopp som avses i detta beslut, 10 kronor, fördelas enligt bilagan.', 'Detta beslut avser 10 kronor.'],
    no: ['Beslutet i augusti avsåg 10 kronor.'],
  },
  decisionPayOut: {
    yes: ['Regeringen betalar ut ', 'Kammarkollegiet ska utbetala ', 'Till regionerna betalas ut '],
    no: ['I augusti betalades ut ', 'Regeringen betalar för '],
  },
  decisionRecipients: {
    yes: [' kronor till regionerna.', ' kronor till landstingen enligt bilaga'],
    no: [' kronor till Kammarkollegiet.'],
  },
  decisionRemaining: {
    yes: ['Återstående medel uppgår till ', 'Kvarvarande medel, ', 'De resterande medlen är '],
    no: ['Resterande prestationskrav gäller ', 'Av de resterande medlen betalas '],
  },
  decisionSkr: {
    yes: ['Sveriges Kommuner och Regioner erhöll ', 'SKR har tilldelats ', 'Till SKR, som rekvirerar '],
    no: ['SKR ska redovisa hur medlen använts. Regionerna tilldelas '],
  },
  decisionSetAside: {
    yes: ['För ändamålet avsatte regeringen ', 'Regeringen har avsatt totalt ', 'För 2025 avsattes '],
    no: ['Regeringen har avsatt medel för flera ändamål under året och '],
  },
  decisionInTotal: {
    yes: ['Överenskommelsen uppgår totalt till ', 'Satsningen omfattade totalt ', 'Medlen uppgår till totalt '],
    no: ['Överenskommelsen omfattar '],
  },
  decisionFirst: {
    yes: ['I samband med beslutet om överenskommelsen betalades ut ', 'I samband med regeringens beslut om överenskommelsen har regeringen betalat ut '],
    no: ['I samband med beslutet om överenskommelsen ska Kammarkollegiet betala ut ', 'I samband med beslutet om överenskommelsen utbetalades 5 kronor. Därefter betalades ut '],
  },
  decisionEarlier: {
    yes: ['I augusti betalades ut ', 'I juni har regeringen betalat ut ', 'I juni betalade regeringen ut ', 'Hittills har utbetalats '],
    no: ['I december betalas ut ', 'Regeringen beslutar att betala ut '],
  },
  frameInTotal: {
    yes: ['Överenskommelsen uppgår till totalt 600 miljoner kronor', 'Satsningen omfattade totalt 2 miljarder kronor'],
    no: ['Överenskommelsen omfattar flera delar'],
  },
  frameOfThese: {
    yes: ['Av detta belopp fördelas 40 miljoner kronor', 'Av dessa är 530 miljoner kronor'],
    no: ['Medel av dessa slag'],
  },
  frameOthers: {
    yes: ['De övriga medlen, 90 miljoner kronor, fördelas', 'Övriga medel, 2 395 miljoner kronor'],
    no: ['Övriga frågor'],
  },
  frameOf: {
    yes: ['600 miljoner kronor, varav 20 miljoner kronor', '600 miljoner kronor, därav 20 miljoner kronor'],
    no: ['600 miljoner kronor och 20 miljoner kronor'],
  },
  frameEachPart: {
    yes: ['Varje del omfattar 150 miljoner kronor vardera', 'Varje sådan del tilldelas vardera 20 miljoner kronor', 'Varje del x.\nVarje sådan del får vardera 5'],
    no: ['Varje region får en del av medlen', 'Vardera parten. Varje del omfattar 150 miljoner kronor', 'Varje del omfattar 150\nmiljoner kronor vardera'],
  },
  frameEachOf: {
    yes: ['Var och en av dessa delar omfattar 150 miljoner kronor', 'Var och en av områden tilldelas 10 miljoner kronor'],
    no: ['Var och en av regionerna får 10 miljoner kronor'],
  },
  frameOrdinal: {
    yes: ['Den andra utbetalningen sker i juni', 'Vid det fjärde utbetalningstillfället'],
    no: ['Utbetalningen sker i juni'],
  },
  frameOther: {
    yes: ['övriga ', 'de övriga regionerna får '],
    no: ['samtliga regioner får '],
  },
  frameDistributed: {
    yes: ['Av dessa fördelades ', 'Regeringen fördelar ', 'har fördelats '],
    no: ['fördelning av '],
  },
  ledgerSetAsideAfter: {
    yes: [' kronor avsätts för 2025', ' kronor som har avsatts', ' som regeringen avsatt', ' kronor avsattes'],
    no: [' kronor betalas ut', ' kronor till SKR'],
  },
  ledgerTotal: {
    yes: ['Överenskommelsen är på totalt ', 'Sammanlagt ', 'Regeringen ger en ram på '],
    no: ['Totalt sett ökade köerna med ', 'Regeringen ramar in '],
  },
  ledgerToRecipient: {
    yes: [' kronor tilldelas kommunerna via RSS', ' kronor går till SKR', ' till regionerna'],
    no: [' kronor för 2025', ' kronor, varav'],
  },
  ledgerPerformance: {
    yes: [' kronor är prestationsbaserade.', ' prestationsbundna', ' kronor var kopplade till prestationskrav'],
    no: [' kronor fördelas efter befolkning', ' kronor är prestationer'],
  },
  ledgerPartOf: {
    yes: ['omfattar totalt 2 miljarder kronor, varav ', 'betalades 500 miljoner ut, varav drygt ', 'Av ramen, varav totalt '],
    no: ['omfattar totalt ', 'Varav det mesta går till regionerna. Nu betalas ', 'varav hälften betalas ut nu och '],
  },
  ledgerSkrAfter: {
    yes: [' kronor går till SKR', ' kronor tilldelas till Sveriges Kommuner och Regioner', ' till SKR för stöd'],
    no: [' kronor till regionerna', ' kronor. SKR ska följa upp'],
  },
  ledgerRemaining: {
    yes: ['Nu betalas resterande ', 'De återstående ', 'Kvarvarande medel, ', 'Det resterande beloppet '],
    no: ['Resterande prestationskrav omfattar ', 'Återstående del av året betalas '],
  },
  ledgerPaidAfter: {
    yes: [' kronor har fördelats utifrån uppfyllda prestationskrav', ' kronor betalades ut i mars', ' kronor till regionerna har nu betalats ut', ' kronor tilldelades'],
    no: [' kronor avsätts', ' kronor går till SKR'],
  },
  ledgerPaidBefore: {
    yes: ['Regeringen betalar i dag ut ', 'I mars betalades ut ', 'Regionerna tilldelades ', 'Hittills har fördelats '],
    no: ['Regeringen avsätter ', 'SKR tilldelades ', 'Regeringen betalar för '],
  },
  ledgerPaidSplitVerb: {
    yes: ['I mars betalades ', 'Nu betalas ', 'Tidigare har regeringen betalat '],
    no: ['Nu betalas resterande ', 'Betalningen om '],
  },
  ledgerPaidSplitUt: {
    yes: [' kronor ut till regionerna', ' ut i dag'],
    no: [' kronor till regionerna', ' kronor utifrån befolkning'],
  },
  ledgerPaysRemainder: {
    yes: ['Nu betalas resterande 5 kronor ut.', 'De återstående medlen utbetalades i december.', 'Regeringen har betalat de kvarvarande 5 kronorna.'],
    no: ['Resterande medel, 5 kronor, ska fördelas utifrån prestationskrav.'],
  },
  ledgerFuture: {
    yes: ['Resterande medel ska betalas ut efter redovisning.', 'Pengarna kommer att fördelas i höst.'],
    no: ['Nu betalas resterande 5 kronor ut.'],
  },
  ledgerPresent: {
    yes: ['Nu betalas resterande 5 kronor ut.', 'Regeringen betalar i dag ut 5 kronor.', 'Kammarkollegiet får i uppdrag att betala ut 5 kronor.'],
    no: ['I mars betalades 5 kronor ut.', 'Regionerna tilldelades 5 kronor.', 'Regionerna har fördelats 5 kronor.'],
  },
  ledgerMonth: {
    yes: ['betalades ut i februari', 'I mars betalades 5 kronor ut'],
    no: ['betalades ut under våren', 'i marsch'],
  },
  keyPopulationYoung: {
    yes: ['utifrån befolkningen 0-18 år', 'efter antalet invånare 0–18 år'],
    no: ['utifrån befolkningsstorlek'],
  },
  keyPopulation: {
    yes: ['fördelas efter befolkningsmängd', 'baserat på antal invånare'],
    no: ['fördelas efter ansökan'],
  },
  totalOfSentenceBefore: {
    yes: ['Totalt sett beviljades därmed 44 mnkr.', 'Sammanlagt blir det 2,7 miljoner kronor.', 'Tillsammans får de 900 000 kronor.', 'Det blir totalt 18 miljoner kronor.', 'Summan uppgår till sammanlagt 3 miljarder.'],
    no: ['Totalt fördelar regeringen 100 miljoner kronor i år.', 'Regionen får totalt 5 miljoner.', 'Det är dags att fördela totalt 3 miljoner.', 'Totaltdet 5 kr'],
  },
  keyPerformance: {
    yes: ['fördelas utifrån uppfyllnadsgrad', 'baserat på prestation'],
    no: ['fördelas utifrån ansökan'],
  },
};

describe('phrase lexicon', () => {
  for (const [id, { yes, no }] of Object.entries(CASES) as [PhraseId, { yes: string[]; no: string[] }][]) {
    describe(id, () => {
      it('has a source note and a note on how it varies', () => {
        expect(PHRASES[id].source.length).toBeGreaterThan(20);
        expect(PHRASES[id].varies.length).toBeGreaterThan(10);
      });
      // Key phrases are matched on lower-cased text, as derive.ts gives them.
      const norm = (t: string): string => (id.startsWith('key') ? t.toLowerCase() : t);
      for (const t of yes) it(`takes "${t}"`, () => expect(says(id, norm(t))).toBe(true));
      for (const t of no) it(`leaves "${t}"`, () => expect(says(id, norm(t))).toBe(false));
    });
  }
});

describe('AREA_KIND_HEADING', () => {
  for (const t of ['Län', 'Kommuner', 'Produktionsområde', 'Riksområden', 'Landsdelar', 'Stift', 'REGIONER'])
    it(`takes the heading "${t}"`, () => expect(AREA_KIND_HEADING.test(t)).toBe(true));
  // A place (two words, or one that names no kind), a row's label or a sentence is no heading of a kind of area.
  for (const t of ['Stockholms län', 'Gotlands', 'Summa', 'Kommuner i länet', 'Övriga områden totalt'])
    it(`leaves "${t}"`, () => expect(AREA_KIND_HEADING.test(t)).toBe(false));
});

describe('PART_OF_COLUMN', () => {
  for (const t of ['Därav finansiell leasing', 'varav kvinnor', '– därav EU-medel', 'VARAV AVSKRIVNINGAR'])
    it(`takes the header "${t}"`, () => expect(PART_OF_COLUMN.test(t)).toBe(true));
  // A column of its own, a total, or a word that only begins like one.
  for (const t of ['Summa', 'Kvinnor', 'Bokfört värde', 'Varaktiga tillgångar', 'Summa varav'])
    it(`leaves "${t}"`, () => expect(PART_OF_COLUMN.test(t)).toBe(false));
});

describe('LINK_SENTENCE', () => {
  for (const t of ['Läs mer!', 'Läs mer här.', 'läs mer om statistiken', 'Mer information här', 'Ladda ner tabellen.', 'Mer information om bidraget.'])
    it(`takes the link "${t}"`, () => expect(LINK_SENTENCE.test(t)).toBe(true));
  // A sentence that goes on after the link's words says something of its own.
  for (const t of ['Läs mer i bilaga 2 där beloppen anges i tkr.', 'Beloppen anges i tkr.', 'Mer information finns i rapporten som kom i maj.', 'Läs'])
    it(`leaves "${t}"`, () => expect(LINK_SENTENCE.test(t)).toBe(false));
});
