import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/define/casualty-trend.js';
import type { CasualtyTrend } from '../../src/elements/casualty-trend/casualty-trend.js';
import { markerPath, mergedMarkers, MARKER_SHAPES } from '../../src/elements/casualty-trend/model.js';
import { MARKERS_AS_ONE } from '../../src/elements/casualty-trend/layout/marker.js';
import { mount, shadow } from '../helpers.js';

/** n daily points; every fourth an estimate (a hollow marker). */
function days(n: number): { date: string; value: number; status?: string }[] {
  return Array.from({ length: n }, (_, i) => ({
    date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    value: 40 + ((i * 7) % 23),
    ...(i % 4 === 1 ? { status: 'estimate' } : {}),
  }));
}

/** Centres of the subpaths of a merged marker path, from the marker's own outline at 0,0. */
function centres(d: string, shape: (typeof MARKER_SHAPES)[number]): [number, number][] {
  const [dx, dy] = markerPath(shape)
    .slice(1)
    .split(/[A-Za-z]/)[0]!
    .split(',')
    .map(Number) as [number, number];
  return d
    .split('M')
    .slice(1)
    .map(
      (s) =>
        s
          .split(/[A-Za-z]/)[0]!
          .split(',')
          .map(Number) as [number, number],
    )
    .map(([x, y]) => [Math.round((x - dx) * 100) / 100, Math.round((y - dy) * 100) / 100]);
}

describe('<casualty-trend> markers drawn as one path', () => {
  it('each shape: the merged path is the single markers, moved to each point', () => {
    const points = Array.from({ length: MARKERS_AS_ONE + 1 }, (_, i) => ({ x: 30 + i * 15.5, y: 100 + i * 3.25, hollow: i % 3 === 0 }));
    for (const shape of MARKER_SHAPES) {
      const one = mergedMarkers(shape, points)!;
      expect(one, shape).to.not.equal(null);
      expect(centres(one.solid, shape)).to.deep.equal(points.filter((p) => !p.hollow).map((p) => [p.x, p.y]));
      expect(centres(one.hollow, shape)).to.deep.equal(points.filter((p) => p.hollow).map((p) => [p.x, p.y]));
      // The outline itself is the single marker's, translated.
      expect(markerPath(shape, 44, 0, 0)).to.equal(markerPath(shape));
    }
  });

  it('keeps markers one by one when few, or when any two are close enough to touch', () => {
    const spaced = (n: number, step: number) => Array.from({ length: n }, (_, i) => ({ x: i * step, y: 50, hollow: false }));
    expect(mergedMarkers('circle', spaced(MARKERS_AS_ONE, 20))).to.equal(null);
    expect(mergedMarkers('circle', spaced(MARKERS_AS_ONE + 1, 11.9))).to.equal(null);
    expect(mergedMarkers('circle', spaced(MARKERS_AS_ONE + 1, 12))).to.not.equal(null);
  });

  it('draws 30 daily points at 640 px as two marker paths (solid, hollow) with one subpath per point', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend unit="people killed" .data=${days(30)}></casualty-trend>`);
    const root = shadow(el);
    expect(root.querySelectorAll('.plot .marker[transform]')).to.have.length(0);
    const paths = [...root.querySelectorAll('.plot .marker')];
    expect(paths.map((p) => p.getAttribute('class'))).to.deep.equal(['marker', 'marker hollow']);
    expect(paths.map((p) => p.getAttribute('d')!.split('M').length - 1)).to.deep.equal([22, 8]);
  });

  it('draws close points (280 px) one marker each, as before', async () => {
    const el = await mount<CasualtyTrend>(html`<casualty-trend unit="people killed" .data=${days(30)}></casualty-trend>`, 280);
    expect(shadow(el).querySelectorAll('.plot .marker[transform]')).to.have.length(30);
  });
});
