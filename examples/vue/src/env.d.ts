/// <reference types="vite/client" />
// Types the three tags in templates (vue-tsc): props, and @nc-invalid etc. with their event classes.
import type {} from 'newsroom-charts/vue';
