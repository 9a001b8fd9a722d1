/**
 * The claim checker's words in English (core/claim-words.ts describes each list):
 * part of the English catalogue, loaded with the claim checker, never with the first paint.
 */
import type { ClaimWords } from '../core/claim-words.js';

export const claimsEn: ClaimWords = {
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

// The default export is what a page loads on demand (internal/claim-checker.ts).
export default claimsEn;
