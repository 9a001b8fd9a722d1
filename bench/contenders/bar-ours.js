// <source-comparison> from the built CDN file (dist/cdn/source-comparison.js).
export default {
  async create(host, data) {
    const el = document.createElement('source-comparison');
    el.setAttribute('unit', 'people killed');
    el.data = data;
    host.append(el);
    await el.updateComplete;
    return el;
  },
  async update(el, data) {
    el.data = data;
    await el.updateComplete;
  },
  destroy(el) {
    el.remove();
  },
};
