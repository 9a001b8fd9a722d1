/**
 * The claim checker's words in French (core/claim-words.ts describes each list):
 * part of the French catalogue, loaded with the claim checker, never with the first paint.
 */
import type { ClaimWords } from '../core/claim-words.js';

export const claimsFr: ClaimWords = {
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

// The default export is what a page loads on demand (internal/claim-checker.ts).
export default claimsFr;
