import { css } from 'lit';

/** Theme tokens: every colour a custom property with a light and a dark value (the dark ones for the media query and for theme="dark"), restyled by pages through `--nc-*`. */
export const tokenStyles = css`
  :host {
    --_bg: var(--nc-background, #ffffff);
    --_text: var(--nc-text, #1a1a1a);
    --_muted: var(--nc-muted, #565656);
    --_grid: var(--nc-grid, #dcdcdc);
    --_axis: var(--nc-axis, #6f6f6f);
    --_focus: var(--nc-focus, #0b57d0);
    --_link: var(--nc-link, #0b57d0);
    --_annotation: var(--nc-annotation, #595959);
    --_period: var(--nc-period, rgba(0, 0, 0, 0.07));
    --_error-bg: var(--nc-error-background, #fdf1f0);
    --_error: var(--nc-error, #a1160a);
    --_warn-bg: #fff6e0;
    --_warn: #7a4b00;
    --_s0: var(--nc-series-1, #b3261e);
    --_s1: var(--nc-series-2, #1f5fa8);
    --_s2: var(--nc-series-3, #7a5200);
    --_s3: var(--nc-series-4, #2e6b30);
    --_s4: var(--nc-series-5, #6a3d9a);
    --_s5: var(--nc-series-6, #00665a);
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--nc-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif);
    font-size: var(--nc-font-size, 1rem);
    line-height: 1.4;
  }
  /* The dark values are written twice, for the media query and for theme="dark": the
     CSS minifier of the CDN build cannot parse declarations interpolated into a rule.
     Both are for screens only, so print keeps the light values above. */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_bg: var(--nc-background, #121212);
      --_text: var(--nc-text, #f1f1f1);
      --_muted: var(--nc-muted, #b8b8b8);
      --_grid: var(--nc-grid, #3b3b3b);
      --_axis: var(--nc-axis, #9a9a9a);
      --_focus: var(--nc-focus, #8ab4f8);
      --_link: var(--nc-link, #8ab4f8);
      --_annotation: var(--nc-annotation, #c4c4c4);
      --_period: var(--nc-period, rgba(255, 255, 255, 0.09));
      --_error-bg: var(--nc-error-background, #3a1816);
      --_error: var(--nc-error, #ffb4ab);
      --_warn-bg: #2e2310;
      --_warn: #ffd28a;
      --_s0: var(--nc-series-1, #ff8a80);
      --_s1: var(--nc-series-2, #8ab4f8);
      --_s2: var(--nc-series-3, #ffcc80);
      --_s3: var(--nc-series-4, #81c995);
      --_s4: var(--nc-series-5, #d0a4ff);
      --_s5: var(--nc-series-6, #4fd1c5);
    }
  }
  @media screen {
    :host([theme='dark']) {
      --_bg: var(--nc-background, #121212);
      --_text: var(--nc-text, #f1f1f1);
      --_muted: var(--nc-muted, #b8b8b8);
      --_grid: var(--nc-grid, #3b3b3b);
      --_axis: var(--nc-axis, #9a9a9a);
      --_focus: var(--nc-focus, #8ab4f8);
      --_link: var(--nc-link, #8ab4f8);
      --_annotation: var(--nc-annotation, #c4c4c4);
      --_period: var(--nc-period, rgba(255, 255, 255, 0.09));
      --_error-bg: var(--nc-error-background, #3a1816);
      --_error: var(--nc-error, #ffb4ab);
      --_warn-bg: #2e2310;
      --_warn: #ffd28a;
      --_s0: var(--nc-series-1, #ff8a80);
      --_s1: var(--nc-series-2, #8ab4f8);
      --_s2: var(--nc-series-3, #ffcc80);
      --_s3: var(--nc-series-4, #81c995);
      --_s4: var(--nc-series-5, #d0a4ff);
      --_s5: var(--nc-series-6, #4fd1c5);
    }
  }
`;
