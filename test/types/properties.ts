/**
 * Compile-time tests of the public property types, checked by `tsc --noEmit`
 * (`npm run typecheck`, part of `npm test`). Never run. Each `@ts-expect-error`
 * line must fail to compile: if a type widens again (e.g. `Input | unknown`,
 * which collapses to `unknown`), the directive becomes unused and tsc fails.
 * Runtime validation stays: a page script can still set anything and gets an
 * `nc-invalid` event, never an exception.
 */
import type {
  AnnotationInput,
  CasualtyTrend,
  GalleryItemInput,
  GalleryMode,
  Interval,
  PhotoGalleryCaption,
  SourceComparison,
  SourceInput,
  TrendDataInput,
} from '../../src/index.js';
import { INTERVALS } from '../../src/index.js';

/** True only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

declare const chart: CasualtyTrend;
declare const comparison: SourceComparison;
declare const gallery: PhotoGalleryCaption;

// Reading a property back gives its input type, not `unknown`.
assertType<Equal<typeof chart.data, TrendDataInput | undefined>>();
assertType<Equal<typeof chart.annotations, AnnotationInput[] | undefined>>();
assertType<Equal<typeof comparison.data, SourceInput[] | undefined>>();
assertType<Equal<typeof gallery.items, GalleryItemInput[] | undefined>>();

// Keyword properties are the unions of their `as const` value lists.
assertType<Equal<typeof chart.interval, (typeof INTERVALS)[number] | undefined>>();
assertType<Equal<typeof chart.interval, Interval | undefined>>();
assertType<Equal<typeof chart.mark, 'line' | 'area' | 'bar'>>();
assertType<Equal<typeof chart.axisDirection, 'ltr' | 'rtl' | 'auto'>>();
assertType<Equal<typeof chart.theme, 'light' | 'dark' | undefined>>();
assertType<Equal<typeof comparison.sort, 'value' | 'name' | 'none'>>();
assertType<Equal<typeof comparison.mark, 'bar' | 'dot'>>();
assertType<Equal<typeof gallery.mode, GalleryMode>>();
assertType<Equal<GalleryMode, 'single' | 'all'>>();

// Valid shapes compile.
chart.data = [{ date: '2017-05', value: 220, low: 200, high: 260, status: 'estimate', note: 'at least' }];
chart.data = { series: [{ name: 'Airwars', points: [{ date: '2017-05', value: null }] }] };
chart.annotations = [{ type: 'change', from: '2016-10', to: '2017-05', label: '{change} since October' }];
chart.interval = 'month';
chart.interval = undefined;
chart.mark = 'area';
comparison.data = [{ name: 'Airwars', value: 220, kind: 'monitor', status: 'estimate' }];
comparison.sort = 'name';
gallery.items = [{ src: 'a.jpg', alt: 'A street', caption: 'Caption', credit: 'Photo: A. Person' }];
gallery.mode = 'all';
gallery.index = 2;

// Wrong shapes do not.
// @ts-expect-error a number is not trend data
chart.data = 42;
// @ts-expect-error a date must be a string
chart.data = [{ date: new Date(), value: 1 }];
// @ts-expect-error unknown status keyword
chart.data = [{ date: '2017-05', value: 1, status: 'guess' }];
// @ts-expect-error annotations are a list
chart.annotations = { type: 'point', date: '2017-05', label: 'x' };
// @ts-expect-error 'fortnight' is not an interval
chart.interval = 'fortnight';
// @ts-expect-error 'pie' is not a mark
chart.mark = 'pie';
// @ts-expect-error 'sideways' is not an axis direction
chart.axisDirection = 'sideways';
// @ts-expect-error sources are a list
comparison.data = { name: 'Airwars', value: 220 };
// @ts-expect-error 'random' is not a sort
comparison.sort = 'random';
// @ts-expect-error a number is not a list of items
gallery.items = 5;
// @ts-expect-error 'grid' is not a mode
gallery.mode = 'grid';
// @ts-expect-error index is a number
gallery.index = '2';
