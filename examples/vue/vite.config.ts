import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const tags = ['casualty-trend', 'source-comparison', 'photo-gallery-caption'];

export default defineConfig({
  root: import.meta.dirname,
  // Vue must leave our tags to the browser instead of resolving them as Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
