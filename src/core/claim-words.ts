/**
 * The words the claim checker (claims.ts) reads, one entry per language. The
 * logic never names a word: a new locale is a new entry here (issue #10).
 *
 * Every list is matched case-insensitively, on whole words (a letter, digit,
 * hyphen or underscore on either side means "part of another word": "upon" is
 * not "up", "high-rise" is not "rise"). A space in an entry matches any run of
 * white space.
 */

/** How a qualifier bounds the figure it stands before. */
export type QualifierKind =
  | 'atLeast' // value ≥ N
  | 'moreThan' // value > N
  | 'about' // within ±10 % of N
  | 'nearly' // between 90 % of N and N
  | 'upTo' // value ≤ N
  | 'fewerThan'; // value < N

export interface ClaimWords {
  /** Words that say the figure went up ("rose", "surge"). */
  rise: readonly string[];
  /** Words that say the figure went down ("fell", "drop"). */
  fall: readonly string[];
  /**
   * Short particles ("up", "down") that say a direction only when a figure,
   * `{change}`, one of `particleFollowers`, punctuation or the end of the label
   * follows them ("up 75%", "deaths are down."), never in "shot down a drone".
   */
  particleRise: readonly string[];
  particleFall: readonly string[];
  /** Words that may follow a particle and keep it a direction ("down by", "up from"). */
  particleFollowers: readonly string[];
  /**
   * Phrases whose words are never claims: phrasal verbs ("shot down", "blew up"),
   * seasons ("last fall").
   */
  ignore: readonly string[];
  /**
   * Phrases that name an event with a direction noun ("the fall of Raqqa", "the
   * rise of ISIS"): left alone unless a figure follows ("the fall of 75%").
   */
  events: readonly string[];
  /** Verbs that are multipliers by themselves: "tripled" → 3, "halved" → 0.5. */
  multiplierWords: Readonly<Record<string, number>>;
  /** The suffix of "fivefold", "5-fold". */
  fold: readonly string[];
  /** The word of "5 times". */
  times: readonly string[];
  /** Words after "N times" that make it a ratio upwards ("5 times more", "5 times as many"). */
  timesRise: readonly string[];
  /** Words after "N times" that make it a ratio downwards ("5 times fewer" = ×1/5). */
  timesFall: readonly string[];
  /** Words before "N times" that make it a ratio ("multiplied by 5 times", "rose by 5 times"). */
  timesLeads: readonly string[];
  /** Words for small whole numbers, used in "fivefold", "five times". */
  numberWords: Readonly<Record<string, number>>;
  /** "%", "per cent", "percent". */
  percent: readonly string[];
  /** Qualifiers written before a figure ("at least 500"). */
  qualifiers: Readonly<Record<QualifierKind, readonly string[]>>;
  /**
   * Nouns that make a bare number a claim when they follow it directly ("220
   * killed", "220 civilians"). A bare number without one is left alone.
   */
  countNouns: readonly string[];
  /** Units after which a number is a distance, a duration or an age, not a figure ("over 3 months"). */
  units: readonly string[];
  /** Pairs that frame two figures ("from 44 to 220", "between 200 and 250"): both are claims. */
  ranges: readonly (readonly [string, string])[];
  /** Words between the two numbers of a proportion ("1 in 5", "9 out of 10"): neither is a figure. */
  proportions: readonly string[];
  /** Month names and abbreviations: a number up to 31 beside one is a day ("May 3", "3 May"). */
  months: readonly string[];
  /** Thousands separators inside a number ("1,234"). */
  thousands: readonly string[];
  /** The decimal mark ("75.5"). */
  decimal: string;
}

const EN: ClaimWords = {
  rise: [
    'rose', 'rise', 'rises', 'rising', 'risen',
    'increase', 'increased', 'increases', 'increasing',
    'surge', 'surged', 'surges', 'surging', 'upsurge',
    'jump', 'jumped', 'jumps', 'jumping',
    'climb', 'climbed', 'climbs', 'climbing',
    'grew', 'grow', 'grows', 'growing', 'grown', 'growth',
    'soar', 'soared', 'soars', 'soaring',
    'spike', 'spiked', 'spikes', 'spiking',
    'higher', 'escalated', 'escalation',
  ], // prettier-ignore
  fall: [
    'fell', 'fall', 'falls', 'falling', 'fallen',
    'drop', 'dropped', 'drops', 'dropping',
    'decline', 'declined', 'declines', 'declining',
    'decrease', 'decreased', 'decreases', 'decreasing',
    'plunge', 'plunged', 'plunges', 'plunging',
    'slump', 'slumped', 'slumps', 'slumping',
    'dip', 'dipped', 'dips',
    'shrank', 'shrunk', 'shrink', 'shrinking',
    'lower', 'fewer', 'reduced', 'reduction', 'downturn',
  ], // prettier-ignore
  particleRise: ['up'],
  particleFall: ['down'],
  particleFollowers: [
    'by', 'from', 'since', 'on', 'compared', 'against', 'again', 'sharply', 'slightly',
    'steeply', 'in', 'over', 'after', 'this', 'last', 'year-on-year', 'and',
  ], // prettier-ignore
  ignore: [
    'shot down', 'shoot down', 'shoots down', 'shooting down', 'gunned down', 'mowed down',
    'hunted down', 'tracked down', 'broke down', 'broken down', 'break down', 'breaks down',
    'cut down', 'took down', 'taken down', 'take down', 'brought down', 'bring down',
    'pinned down', 'stood down', 'stand down', 'step down', 'stepped down', 'back down',
    'calm down', 'upside down', 'ups and downs', 'up and down', 'up north', 'down south',
    'blew up', 'blown up', 'blow up', 'blowing up', 'set up', 'sets up', 'setting up',
    'picked up', 'pick up', 'rounded up', 'round up', 'took up', 'taken up', 'stepped up',
    'step up', 'made up', 'make up', 'up-to-date', 'up to date',
    'in the fall', 'last fall', 'this fall', 'that fall', 'next fall',
  ], // prettier-ignore
  events: ['the fall of', 'the rise of'],
  multiplierWords: {
    doubled: 2, doubling: 2, doubles: 2,
    tripled: 3, tripling: 3, triples: 3, trebled: 3, trebling: 3, trebles: 3,
    quadrupled: 4, quadrupling: 4, quadruples: 4,
    quintupled: 5, quintupling: 5,
    halved: 0.5, halving: 0.5,
  }, // prettier-ignore
  fold: ['fold'],
  times: ['times'],
  timesRise: [
    'more', 'higher', 'greater', 'larger', 'bigger', 'as many', 'as much', 'as high', 'as large',
    'the', 'over', 'up',
  ], // prettier-ignore
  timesFall: ['fewer', 'lower', 'less', 'smaller', 'down'],
  timesLeads: ['by', 'multiplied'],
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    hundred: 100, 'a hundred': 100, 'one hundred': 100, thousand: 1000, 'a thousand': 1000,
  }, // prettier-ignore
  percent: ['%', 'per cent', 'percent', 'per-cent'],
  qualifiers: {
    atLeast: ['at least', 'no fewer than', 'no less than', 'a minimum of', 'at minimum'],
    moreThan: ['more than', 'over', 'above', 'in excess of', 'upwards of', 'greater than'],
    about: [
      'about', 'around', 'roughly', 'some', 'approximately', 'an estimated', 'estimated',
      'circa', 'c.', 'approx.', 'an approximate', 'close to', '~', '≈',
    ], // prettier-ignore
    nearly: ['nearly', 'almost', 'just under', 'not quite'],
    upTo: ['up to', 'at most', 'no more than', 'as many as', 'a maximum of', 'at the most'],
    fewerThan: ['fewer than', 'less than', 'under', 'below'],
  },
  countNouns: [
    'killed', 'dead', 'deaths', 'death', 'died', 'casualties', 'casualty', 'civilians',
    'civilian', 'people', 'persons', 'victims', 'wounded', 'injured', 'fatalities', 'lives',
    'bodies', 'children', 'women', 'men', 'reported', 'recorded', 'confirmed', 'alleged',
  ], // prettier-ignore
  units: [
    'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour',
    'minutes', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'm',
    'times', 'strikes', 'airstrikes', 'sources', 'per',
  ], // prettier-ignore
  ranges: [
    ['from', 'to'],
    ['between', 'and'],
  ],
  proportions: ['in', 'out of', 'of every', 'for every'],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
    'sept', 'oct', 'nov', 'dec',
  ], // prettier-ignore
  thousands: [','],
  decimal: '.',
};

const FR: ClaimWords = {
  rise: [
    'hausse', 'hausses', 'augmentation', 'augmente', 'augmenté', 'augmentée', 'augmentent',
    'progression', 'progressé', 'bond', 'bondi', 'grimpé', 'flambée', 'envolée', 'accru',
  ], // prettier-ignore
  fall: [
    'baisse', 'baisses', 'baissé', 'diminution', 'diminué', 'diminuée', 'diminue', 'recul',
    'reculé', 'chute', 'chuté', 'chutent', 'repli', 'moins',
  ], // prettier-ignore
  particleRise: [],
  particleFall: [],
  particleFollowers: [],
  ignore: ['plus ou moins'],
  events: ['la chute de'],
  multiplierWords: {
    doublé: 2, doublée: 2, doublent: 2, triplé: 3, triplée: 3, quadruplé: 4, 'divisé par deux': 0.5,
  }, // prettier-ignore
  fold: [],
  times: ['fois'],
  timesRise: ['plus'],
  timesFall: ['moins'],
  timesLeads: ['par', 'multiplié'],
  numberWords: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    vingt: 20, cent: 100, mille: 1000,
  }, // prettier-ignore
  percent: ['%', 'pour cent', 'pour-cent'],
  qualifiers: {
    atLeast: ['au moins', 'pas moins de', 'au minimum'],
    moreThan: ['plus de', 'au-delà de'],
    about: ['environ', 'quelque', 'autour de', 'près de', 'approximativement'],
    nearly: ['presque', 'pratiquement', 'quasiment'],
    upTo: ["jusqu'à", 'jusqu’à', 'au plus', 'au maximum'],
    fewerThan: ['moins de'],
  },
  countNouns: [
    'morts', 'mort', 'tués', 'tuées', 'tué', 'victimes', 'civils', 'blessés', 'décès', 'personnes',
  ], // prettier-ignore
  units: ['ans', 'an', 'mois', 'semaines', 'jours', 'heures', 'km', 'kilomètres', 'mètres', 'fois', 'frappes'],
  ranges: [
    ['de', 'à'],
    ['entre', 'et'],
  ],
  proportions: ['sur', 'pour'],
  months: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
    'octobre', 'novembre', 'décembre',
  ], // prettier-ignore
  thousands: [' ', '\u00a0', '\u202f'],
  decimal: ',',
};

/** The word lists by language subtag. English is complete; French is a proof that a locale is only data. */
export const CLAIM_WORDS: Record<string, ClaimWords> = { en: EN, fr: FR };

/** The word lists for a BCP 47 locale ("fr-CA" → "fr"), falling back to English. */
export function claimWords(locale: string): ClaimWords {
  const lang = String(locale).toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.prototype.hasOwnProperty.call(CLAIM_WORDS, lang) ? CLAIM_WORDS[lang]! : CLAIM_WORDS.en!;
}
