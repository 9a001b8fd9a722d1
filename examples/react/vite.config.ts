import { defineConfig } from 'vite';

// No React plugin: Vite's own transform handles JSX (the plugin adds fast refresh, not needed here).
export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
