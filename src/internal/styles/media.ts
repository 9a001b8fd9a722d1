import { css } from 'lit';

/** Print (the light palette on paper, nothing interactive, no chart split across pages), forced colours and reduced motion. */
export const mediaStyles = css`
  /* Paper: the light palette whatever the screen's scheme or theme (the dark values above
     apply to screens only: dark colours print as black halos and near-invisible lines on
     white paper), nothing that needs a pointer or a key, and no chart split across pages. */
  @media print {
    figure {
      break-inside: avoid;
    }
    button,
    .readout,
    .tools,
    .pager,
    .downloads {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    /* As specific as the theme rules above, and later: system colours win in dark schemes too. */
    :host,
    :host(:not([theme='light'])),
    :host([theme='dark']) {
      --_bg: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_grid: GrayText;
      --_axis: CanvasText;
      --_focus: Highlight;
      --_link: LinkText;
      --_annotation: CanvasText;
      --_error: CanvasText;
      --_warn: CanvasText;
      --_warn-bg: Canvas;
      --_s0: CanvasText;
      --_s1: CanvasText;
      --_s2: CanvasText;
      --_s3: CanvasText;
      --_s4: CanvasText;
      --_s5: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
