// Server rendering: importing the package and rendering the app in Node must not throw.
import { renderToString } from 'react-dom/server';
import { App } from './App';

const html = renderToString(<App />);
for (const tag of ['casualty-trend', 'source-comparison', 'photo-gallery-caption'])
  if (!html.includes(`<${tag}`)) throw new Error(`server output has no <${tag}>: ${html.slice(0, 300)}`);
console.log(`ssr ok: ${html.length} characters of HTML`);
