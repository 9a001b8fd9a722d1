/**
 * Entry of the builder page's bundle (dist/cdn/builder/builder.js): the three
 * elements, for the previews, and `<nc-builder>`. The library's own bundle
 * never includes this file.
 */
import '../define/all.js';
import './app.js';
