/**
 * React components for newsroom-charts, made with `@lit/react`:
 *
 * ```tsx
 * import { CasualtyTrend } from 'newsroom-charts/react';
 * <CasualtyTrend heading="Civilian deaths" data={points} onNcInvalid={(e) => console.log(e.issues)} />
 * ```
 *
 * Importing this module defines the three tags (once, like the define
 * entries). Props are the elements' properties (objects go in as objects, not
 * JSON strings); events are `onNcInvalid`, `onNcWarning`, `onNcLoad` and
 * `onGalleryChange`, each with its typed event; a ref gives the element.
 * React is a peer dependency (optional: only this entry needs it).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import { CasualtyTrend as CasualtyTrendElement } from '../define/casualty-trend.js';
import { PhotoGalleryCaption as PhotoGalleryCaptionElement } from '../define/photo-gallery-caption.js';
import { SourceComparison as SourceComparisonElement } from '../define/source-comparison.js';
import type { GalleryChangeEvent } from '../elements/photo-gallery-caption/photo-gallery-caption.js';
import type { NcInvalidEvent, NcLoadEvent, NcWarningEvent } from '../internal/events.js';

/** The element's own properties (data, heading, mark…), not LitElement's or HTMLElement's. */
type ElementProps<E> = Partial<Omit<E, keyof LitElement | 'styles'>>;
/**
 * Props of a wrapped element: its properties, React's HTML attributes
 * (className, style, id, aria-*…), typed event handlers and a ref to the
 * element. Spelled out here (the same shape as @lit/react's own type) so the
 * published .d.ts does not import @lit/react, which is bundled, not a dependency.
 */
export type WrappedProps<E extends HTMLElement, Events extends { [K in keyof Events]: Event }> = Omit<
  React.HTMLAttributes<E>,
  keyof Events | keyof ElementProps<E>
> &
  ElementProps<E> & { [K in keyof Events]?: (event: Events[K]) => void } & React.RefAttributes<E>;
/** A React component for an element. */
export type WrappedElement<E extends HTMLElement, Events extends { [K in keyof Events]: Event }> = React.ForwardRefExoticComponent<
  WrappedProps<E, Events>
>;

type FigureEvents = {
  onNcInvalid: NcInvalidEvent;
  onNcWarning: NcWarningEvent;
};
type ChartEvents = FigureEvents & {
  onNcLoad: NcLoadEvent;
};
type GalleryEvents = FigureEvents & {
  onGalleryChange: GalleryChangeEvent;
};

const figureEvents = {
  onNcInvalid: 'nc-invalid' as EventName<NcInvalidEvent>,
  onNcWarning: 'nc-warning' as EventName<NcWarningEvent>,
};
const chartEvents = { ...figureEvents, onNcLoad: 'nc-load' as EventName<NcLoadEvent> };

/** `<casualty-trend>` as a React component. */
export const CasualtyTrend: WrappedElement<CasualtyTrendElement, ChartEvents> = createComponent({
  react: React,
  tagName: 'casualty-trend',
  elementClass: CasualtyTrendElement,
  events: chartEvents,
  displayName: 'CasualtyTrend',
});

/** `<source-comparison>` as a React component. */
export const SourceComparison: WrappedElement<SourceComparisonElement, ChartEvents> = createComponent({
  react: React,
  tagName: 'source-comparison',
  elementClass: SourceComparisonElement,
  events: chartEvents,
  displayName: 'SourceComparison',
});

/** `<photo-gallery-caption>` as a React component. */
export const PhotoGalleryCaption: WrappedElement<PhotoGalleryCaptionElement, GalleryEvents> = createComponent({
  react: React,
  tagName: 'photo-gallery-caption',
  elementClass: PhotoGalleryCaptionElement,
  events: { ...figureEvents, onGalleryChange: 'gallery-change' as EventName<GalleryChangeEvent> },
  displayName: 'PhotoGalleryCaption',
});

export type CasualtyTrendProps = WrappedProps<CasualtyTrendElement, ChartEvents>;
export type SourceComparisonProps = WrappedProps<SourceComparisonElement, ChartEvents>;
export type PhotoGalleryCaptionProps = WrappedProps<PhotoGalleryCaptionElement, GalleryEvents>;
export { CasualtyTrendElement, SourceComparisonElement, PhotoGalleryCaptionElement };
export type { ChartEvents, FigureEvents, GalleryEvents, GalleryChangeEvent, NcInvalidEvent, NcLoadEvent, NcWarningEvent };
