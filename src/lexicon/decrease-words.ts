/**
 * Words of loss and decrease that make an amount the size of a change rather than money paid or
 * a total: "Region X förlorar 20 miljoner", "anslaget minskar med 15 mnkr", "en neddragning på
 * 40 miljoner", "ramen dras ned med 120 miljoner". Source: press releases and news pages on
 * grants and budgets, in every tense and voice, and the nouns of the same verbs. Read by
 * src/prose/decrease.ts in sentences and by the region lists of layout in list lines.
 */

/** Verbs whose object is what was lost: "förlorar 20 miljoner", "tappade 3 miljoner". */
export const LOSS_VERBS = new Set([
  'förlorar', 'förlorade', 'förlorat', 'förlora', 'förloras', 'förlorades',
  'tappar', 'tappade', 'tappat', 'tappa', 'mister', 'miste', 'mist',
]);
/** Verbs of decrease that take the size of the change with "med": "minskar med 15 mnkr". */
export const DECREASE_VERBS = new Set([
  'minskar', 'minskade', 'minskat', 'minska', 'minskas', 'minskades', 'minskats',
  'sänks', 'sänktes', 'sänkts', 'sänker', 'sänkte', 'sänkt', 'sänka',
  'reduceras', 'reducerades', 'reducerats', 'reducerar', 'reducerade', 'reducerat', 'reducera',
  'krymper', 'krympte', 'krympt', 'sjunker', 'sjönk', 'sjunkit', 'faller', 'föll', 'fallit',
  'minskning', 'minskningen', 'sänkning', 'sänkningen', 'reducering', 'reduceringen', 'reduktion', 'reduktionen',
  'neddragning', 'neddragningen', 'nedskärning', 'nedskärningen', 'besparing', 'besparingen', 'bortfall', 'bortfallet',
  'inkomstbortfall', 'intäktsbortfall', 'förlust', 'förlusten', 'underskott', 'underskottet',
]);
/** Verbs that make a decrease with a particle: "dras ned med", "skärs ner med". */
export const PARTICLE_VERBS = new Set(['dras', 'drogs', 'dragits', 'drar', 'drog', 'skärs', 'skars', 'skurits', 'skär', 'skar', 'skruvas', 'skruvades']);
export const PARTICLES = new Set(['ned', 'ner']);
