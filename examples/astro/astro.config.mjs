import { defineConfig } from 'astro/config';

// Static output: every page is rendered on the server (Node) at build time.
export default defineConfig({ output: 'static', telemetry: false });
