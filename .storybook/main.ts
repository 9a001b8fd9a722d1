import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Storybook for newsroom-charts. Written by hand (no `storybook init`).
 *
 * Decorators: the elements use TypeScript's `experimentalDecorators` with
 * `useDefineForClassFields: false` (see /tsconfig.json). Vite 8 transforms
 * TypeScript with Oxc, which reads the nearest tsconfig.json; we pin the
 * project tsconfig and spell the two settings out for Oxc as well, so that a
 * missing or different tsconfig can never fall back to standard decorators
 * (left untransformed, Chromium throws a SyntaxError) or to define semantics
 * for class fields (Lit's reactive accessors get shadowed and properties stop
 * re-rendering).
 *
 * Side effects: package.json lists `./src/define/*.ts` under `sideEffects`,
 * so the stories' `import '../src/define/casualty-trend.js'` (which exists
 * only for its `customElements.define`) survives tree-shaking in
 * `storybook build`; the smoke test (.storybook/smoke.mjs) fails if it ever
 * stops doing so.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      tsconfig: resolve(root, 'tsconfig.json'),
      // Storybook's web-components renderer imports lit/directive-helpers.js,
      // which is not pre-bundled by default; in `storybook dev` that loads a
      // second, unbundled copy of lit-html next to the pre-bundled `lit`
      // ("Multiple versions of Lit loaded"). Pre-bundle it with the rest.
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
