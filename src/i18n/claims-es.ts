/**
 * The claim checker's words in Spanish (core/claim-words.ts describes each list):
 * part of the Spanish catalogue, loaded with the claim checker, never with the first paint.
 */
import type { ClaimWords } from '../core/claim-words.js';

export const claimsEs: ClaimWords = {
  rise: [
    'aumento', 'aumentos', 'aumentó', 'aumentaron', 'aumenta', 'aumentan', 'subida', 'subió',
    'subieron', 'alza', 'incremento', 'incrementó', 'creció', 'crecieron', 'crecimiento',
    'repunte', 'repuntó', 'escalada',
  ], // prettier-ignore
  fall: [
    'descenso', 'descendió', 'descendieron', 'bajada', 'bajó', 'bajaron', 'caída', 'cayó',
    'cayeron', 'disminución', 'disminuyó', 'disminuyeron', 'reducción', 'redujo', 'retroceso',
    'retrocedió',
  ], // prettier-ignore
  particleRise: [],
  particleFall: [],
  particleFollowers: [],
  ignore: ['más o menos'],
  events: ['la caída de'],
  multiplierWords: {
    duplicó: 2, duplicaron: 2, duplicado: 2, triplicó: 3, triplicaron: 3, triplicado: 3,
    cuadruplicó: 4, cuadruplicado: 4, quintuplicó: 5, quintuplicado: 5, 'se redujo a la mitad': 0.5,
  }, // prettier-ignore
  fold: [],
  times: ['veces'],
  timesRise: ['más'],
  timesFall: ['menos'],
  timesLeads: ['por', 'multiplicó', 'multiplicado'],
  numberWords: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    veinte: 20, cien: 100, mil: 1000,
  }, // prettier-ignore
  percent: ['%', 'por ciento', 'por cien'],
  qualifiers: {
    atLeast: ['al menos', 'por lo menos', 'como mínimo'],
    moreThan: ['más de', 'por encima de'],
    about: ['unos', 'unas', 'alrededor de', 'cerca de', 'aproximadamente', 'en torno a'],
    nearly: ['casi', 'prácticamente'],
    upTo: ['hasta', 'como máximo', 'a lo sumo'],
    fewerThan: ['menos de', 'por debajo de'],
  },
  countNouns: ['muertos', 'muertas', 'muerto', 'fallecidos', 'víctimas', 'civiles', 'heridos', 'personas', 'asesinados', 'muertes'],
  units: [
    'años',
    'año',
    'meses',
    'mes',
    'semanas',
    'semana',
    'días',
    'día',
    'horas',
    'km',
    'kilómetros',
    'metros',
    'veces',
    'ataques',
    'bombardeos',
  ],
  ranges: [
    ['de', 'a'],
    ['entre', 'y'],
  ],
  proportions: ['de cada', 'sobre'],
  months: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
    'setiembre', 'octubre', 'noviembre', 'diciembre',
  ], // prettier-ignore
  thousands: ['.', ' ', '\u00a0'],
  decimal: ',',
};

// The default export is what a page loads on demand (internal/claim-checker.ts).
export default claimsEs;
