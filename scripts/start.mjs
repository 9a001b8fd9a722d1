#!/usr/bin/env node
// `npm start`: serves the project folder and prints the demo article's and the embed builder's addresses.
import { serve } from './serve.mjs';

const port = Number(process.env.PORT ?? 8000);
const { url } = await serve('.', port, process.env.HOST ?? '127.0.0.1');
console.log(`\n  Demo article:   ${url}/demo/\n  Embed builder:  ${url}/demo/builder.html\n  (Ctrl+C to stop)\n`);
