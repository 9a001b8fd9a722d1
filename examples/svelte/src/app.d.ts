// Types the three tags in markup (svelte-check): props, and onnc-invalid etc. with their event classes.
import type {} from 'newsroom-charts/svelte';
