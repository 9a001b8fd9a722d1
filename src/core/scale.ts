/**
 * Linear scales and count ticks. d3-array supplies the tick arithmetic; the
 * mapping itself is one line, written here because d3-scale's scaleLinear
 * brings d3-interpolate and d3-color (about 4 KB gzip, a tenth of the bundle
 * budget) for colour interpolation the charts never use.
 */
import { nice, ticks } from 'd3-array';

/** Maps [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle of the range. */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** Upper end of a count axis: a round number at or above `max`, and never below 1. */
export function countDomainMax(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const [, hi] = nice(0, max, Math.max(2, count));
  return Math.max(1, hi);
}

/** Whole-number ticks from 0 to `top`, about `count` of them. */
export function countTicks(top: number, count: number): number[] {
  const out = ticks(0, top, Math.max(2, count)).filter((v) => Number.isInteger(v));
  return out.length ? out : [0, top];
}
