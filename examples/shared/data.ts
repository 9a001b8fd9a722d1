// Fictional figures for the example apps (no real place, source or event).
import type { GalleryItemInput, SourceInput, TrendDataInput } from 'newsroom-charts';

export const trend: TrendDataInput = [
  { date: '2030-01', value: 12, status: 'reported' },
  { date: '2030-02', value: 18, status: 'reported' },
  { date: '2030-03', value: 9, status: 'estimate', low: 6, high: 14 },
  { date: '2030-04', value: 22, status: 'confirmed' },
];

/** Parses, but cannot be drawn: the element fires nc-invalid with the path of the problem. */
export const brokenTrend: TrendDataInput = [{ date: 'sometime in spring', value: 3 }];

export const sources: SourceInput[] = [
  { name: 'Northvale Monitor', value: 41, kind: 'monitor', status: 'reported' },
  { name: 'Harbour Ministry', value: 17, kind: 'government', status: 'confirmed' },
];

export const brokenSources: SourceInput[] = [{ name: 'Northvale Monitor', value: -5 }];

export const photos: GalleryItemInput[] = [
  {
    src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    alt: 'A grey square',
    caption: 'First photo',
    credit: 'Photo: A. Example',
    width: 4,
    height: 3,
  },
  {
    src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    alt: 'Another grey square',
    caption: 'Second photo',
    credit: 'Photo: B. Example',
    width: 4,
    height: 3,
  },
];
