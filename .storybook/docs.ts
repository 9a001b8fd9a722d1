/**
 * The docs page text of each element, built from what already exists so it
 * cannot drift: the summary from custom-elements.json, an embed snippet from
 * the manifest's attributes, and the "Keyboard map" and "What a screen reader
 * reads" sections of docs/<tag>.md (checked in Chromium's accessibility tree
 * when they were written). The tables under it (attributes, properties,
 * events, CSS parts and custom properties, slots) are Storybook's, also from
 * the manifest.
 */
import manifest from '../custom-elements.json';
import trendDoc from '../docs/casualty-trend.md?raw';
import comparisonDoc from '../docs/source-comparison.md?raw';
import galleryDoc from '../docs/photo-gallery-caption.md?raw';

interface Attribute {
  name: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: Attribute[];
}

const DOCS: Record<string, string> = {
  'casualty-trend': trendDoc,
  'source-comparison': comparisonDoc,
  'photo-gallery-caption': galleryDoc,
};

/** Example values for the embed snippet, by attribute; others are left out. */
const EXAMPLES: Record<string, string> = {
  heading: 'What the chart shows, in one sentence',
  source: 'Who the figures come from',
  'source-url': 'https://example.org/source',
  data: '[{"date": "2030-01", "value": 12}, {"date": "2030-02", "value": 18}]',
  items: '[{"src": "photo-1.jpg", "alt": "What the photo shows", "caption": "Caption", "credit": "Photographer"}]',
  unit: 'incidents',
};
const SNIPPET_DATA: Record<string, string> = {
  'source-comparison': '[{"name": "First source", "value": 41}, {"name": "Second source", "value": 17}]',
};

function declaration(tag: string): Declaration | undefined {
  for (const m of (manifest as { modules: { declarations?: Declaration[] }[] }).modules)
    for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

/** The section of a markdown file under `## <heading…>`, up to the next `## `. */
export function section(markdown: string, heading: RegExp): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^## /.test(l) && heading.test(l));
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .replace(/^## /, '### ');
}

/** The embed snippet: the CDN script and the tag with the attributes a page needs first. */
export function embedSnippet(tag: string): string {
  const attrs = (declaration(tag)?.attributes ?? [])
    .filter((a) => a.name in EXAMPLES)
    .map((a) => {
      const value = (a.name === 'data' && SNIPPET_DATA[tag]) || EXAMPLES[a.name]!;
      return value.includes('"') ? `  ${a.name}='${value}'` : `  ${a.name}="${value}"`;
    });
  return [
    `<script type="module" src="https://cdn.jsdelivr.net/npm/newsroom-charts/dist/cdn/${tag}.js"></script>`,
    `<${tag}`,
    ...attrs,
    `></${tag}>`,
  ].join('\n');
}

/** The whole description block of an element's docs page, in markdown. */
export function componentDocs(tag: string): string {
  const d = declaration(tag);
  const doc = DOCS[tag] ?? '';
  return [
    d?.description ?? d?.summary ?? '',
    '### Embed',
    'By script tag (or `import "newsroom-charts/' + tag + '.js"` from npm):',
    '```html\n' + embedSnippet(tag) + '\n```',
    section(doc, /Keyboard/),
    section(doc, /screen reader/i),
    'Attributes, properties, events, CSS parts and custom properties are listed below, from `custom-elements.json`.',
  ]
    .filter(Boolean)
    .join('\n\n');
}
