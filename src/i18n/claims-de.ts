/**
 * The claim checker's words in German (core/claim-words.ts describes each list):
 * part of the German catalogue, loaded with the claim checker, never with the first paint.
 * "fiel", "fielen" and "gefallen" are left out on purpose: of soldiers they mean "killed".
 */
import type { ClaimWords } from '../core/claim-words.js';

export const claimsDe: ClaimWords = {
  rise: [
    'Anstieg', 'stieg', 'stiegen', 'gestiegen', 'steigt', 'steigen', 'Zunahme', 'zugenommen',
    'Zuwachs', 'erhöht', 'erhöhte', 'Erhöhung', 'kletterte', 'sprang', 'höher',
  ], // prettier-ignore
  fall: [
    'Rückgang', 'sank', 'sanken', 'gesunken', 'sinkt', 'sinken', 'Abnahme', 'abgenommen',
    'verringert', 'verringerte', 'Verringerung', 'Einbruch', 'niedriger',
  ], // prettier-ignore
  particleRise: [],
  particleFall: [],
  particleFollowers: [],
  ignore: [],
  events: ['der Fall von', 'der Sturz von'],
  multiplierWords: {
    verdoppelt: 2, verdoppelte: 2, verdoppelten: 2, verdreifacht: 3, verdreifachte: 3,
    vervierfacht: 4, vervierfachte: 4, verfünffacht: 5, verfünffachte: 5, halbiert: 0.5, halbierte: 0.5,
  }, // prettier-ignore
  fold: ['fach', 'fache', 'fachen'],
  times: ['mal'],
  timesRise: ['mehr', 'so viele', 'so hoch', 'höher'],
  timesFall: ['weniger', 'niedriger'],
  timesLeads: ['um', 'multipliziert'],
  numberWords: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    zwanzig: 20, hundert: 100, tausend: 1000,
  }, // prettier-ignore
  percent: ['%', 'Prozent'],
  qualifiers: {
    atLeast: ['mindestens', 'wenigstens', 'zumindest'],
    moreThan: ['mehr als', 'über'],
    about: ['etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'schätzungsweise'],
    nearly: ['fast', 'beinahe', 'knapp'],
    upTo: ['bis zu', 'höchstens', 'maximal'],
    fewerThan: ['weniger als', 'unter'],
  },
  countNouns: [
    'Tote', 'Toten', 'getötet', 'getötete', 'getöteten', 'Opfer', 'Zivilisten', 'Menschen',
    'Verletzte', 'Verletzten', 'Todesopfer', 'starben', 'Personen',
  ], // prettier-ignore
  units: [
    'Jahre', 'Jahren', 'Jahr', 'Monate', 'Monaten', 'Monat', 'Wochen', 'Woche', 'Tage', 'Tagen',
    'Tag', 'Stunden', 'km', 'Kilometer', 'Meter', 'mal', 'Angriffe', 'Luftangriffe',
  ], // prettier-ignore
  ranges: [
    ['von', 'bis'],
    ['zwischen', 'und'],
  ],
  proportions: ['von'],
  months: [
    'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
    'Oktober', 'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep',
    'Sept', 'Okt', 'Nov', 'Dez',
  ], // prettier-ignore
  thousands: ['.', ' ', '\u00a0', '\u202f'],
  decimal: ',',
};

// The default export is what a page loads on demand (internal/claim-checker.ts).
export default claimsDe;
