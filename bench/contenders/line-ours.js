// <casualty-trend> from the built CDN file (dist/cdn/casualty-trend.js, loaded by the
// page the way an embed would). First render ends when the element has drawn at its
// measured width (its ResizeObserver reports in the next frame, before paint).
import { annotation } from './common.js';

export default {
  async create(host, data) {
    const el = document.createElement('casualty-trend');
    el.setAttribute('unit', 'people killed');
    el.annotations = [{ type: 'event', ...annotation(data) }];
    el.data = data;
    host.append(el);
    await el.updateComplete;
    return el;
  },
  async update(el, data) {
    el.annotations = [{ type: 'event', ...annotation(data) }];
    el.data = data;
    await el.updateComplete;
  },
  destroy(el) {
    el.remove();
  },
};
