/** Defines every newsroom-charts element: the entry of the CDN bundle. */
import './casualty-trend.js';

export * from '../index.js';
