/**
 * The English catalogue: it defines every key (the other catalogues are
 * checked against it) and it is the fallback, so it stays in every bundle.
 * `[…]` is said to screen readers but not shown.
 */
import { enCompare } from './en-compare.js';
import { enDescribe } from './en-describe.js';
import type { enIssues } from './en-issues.js';
import type { Message } from './types.js';

const words = {
  // The chart body every chart shares.
  tableShow: 'Show data table',
  tableHide: 'Hide data table',
  tableCaption: 'Data: {name}',
  tableCaptionUnit: 'Data: {name} ({unit})',
  tableRows: 'Rows {first}–{last} of {count}',
  tablePrevious: 'Previous rows',
  tableNext: 'Next rows',
  loading: 'Loading data…',
  updated: 'Chart updated. {description}',
  getData: 'Get the data[ (CSV)]',
  downloadImage: 'Download image:',
  svgImage: 'SVG[ image]',
  pngImage: 'PNG[ image]',
  // The frame.
  source: 'Source:',
  newTab: ' (opens in a new tab)',
  chartError: 'This chart could not be drawn',
  galleryError: 'This gallery could not be shown',
  moreProblems: {
    one: '…and {count} more problem; the browser console lists them all.',
    other: '…and {count} more problems; the browser console lists them all.',
  },
  // <casualty-trend>
  chart: 'Chart',
  roleChart: 'chart',
  roleSlide: 'slide',
  values: 'Values',
  trendEmpty: 'No data to show yet.',
  trendHintFocus: 'Arrow keys move between points; Escape clears.',
  trendHint: 'Hover, tap or tab to the chart to read values.',
  trendKeys:
    'Use the left and right arrow keys to move between points, Home and End for the first and last, Page Up and Page Down to jump a tenth of the way, Escape to clear.',
  trendKeysSeries:
    'Use the left and right arrow keys to move between points, up and down to change series, Home and End for the first and last, Page Up and Page Down to jump a tenth of the way, Escape to clear.',
  trendKeysMirrored:
    'Use the left and right arrow keys to move between points (time runs right to left: the left arrow moves later), Home and End for the first and last, Page Up and Page Down to jump a tenth of the way, Escape to clear.',
  trendKeysMirroredSeries:
    'Use the left and right arrow keys to move between points (time runs right to left: the left arrow moves later), up and down to change series, Home and End for the first and last, Page Up and Page Down to jump a tenth of the way, Escape to clear.',
  annotations: 'Annotations: {list}.',
  seriesKey: 'Series',
  lineStyles: 'Line styles',
  chartNotes: 'Chart notes',
  estimate: 'Estimate',
  unverified: 'Unverified',
  noFigureKey: 'No figure',
  noFigure: 'no figure',
  noEntry: 'no entry in the data',
  between: 'between {low} and {high}',
  confirmedStatus: 'confirmed',
  reportedStatus: 'reported',
  unverifiedStatus: 'unverified',
  estimateStatus: 'estimate',
  // The kinds of source (schema keywords), as readers see them.
  militaryKind: 'military',
  governmentKind: 'government',
  monitorKind: 'monitor',
  ngoKind: 'ngo',
  mediaKind: 'media',
  localKind: 'local',
  colSeries: 'Series',
  colDate: 'Date',
  colValue: 'Value',
  colLow: 'Low',
  colHigh: 'High',
  colStatus: 'Status',
  colNote: 'Note',
  // <source-comparison>
  figures: 'Figures',
  comparisonEmpty: 'No sources to compare yet.',
  comparisonHintFocus: 'Arrow keys move between sources; Escape clears.',
  comparisonHint: 'Hover, tap or tab to the chart to read each source.',
  comparisonKeys: 'Use the arrow keys to move from source to source, Home and End for the first and last, Escape to clear.',
  confirmed: 'Confirmed or reported',
  key: 'Key',
  reference: 'Reference: {name}',
  referenceRange: 'Reference: {name}, both ends of its range ({figure})',
  sources: 'Sources:',
  noFigureReleased: 'No figure released',
  noFigureReleasedCell: 'no figure released',
  referenceCell: 'reference',
  noFigureToCompare: 'no figure to compare',
  noRatio: 'no ratio: {name} released no figure',
  colSource: 'Source',
  colKind: 'Kind',
  colCompared: 'Compared with {name}',
  colRetrieved: 'Retrieved',
  colLink: 'Link',
  // <photo-gallery-caption>
  gallery: 'Photo gallery',
  noPhotos: 'No photos to show yet.',
  allPhotos: 'All photos',
  allCaptions: 'All captions',
  previous: 'Previous[ photo]',
  next: 'Next[ photo]',
  showAll: 'Show all[ captions]',
  slide: '{index} of {count}',
  credit: 'Credit:',
  photoSaid: 'Photo {index} of {count}.',
  noAlt: 'Photo, no description provided',
  ...enDescribe,
  ...enCompare,
} satisfies Record<string, Message>;

/**
 * The validation messages (en-issues.ts) are part of English but not of the
 * bundle: most pages never show one, so they arrive with the first problem
 * (issue-texts.ts installs them here). Typed in full, so every key is checked.
 */
export const en = words as typeof words & typeof enIssues;
