/**
 * Input contract of <photo-gallery-caption>: the list of photos, each with a
 * caption and a credit, and optionally the photo itself. Every problem is
 * collected with its path (`items[11].src`); text is kept exactly as given.
 */
import { captionDescribes, MISSING_ALT } from '../core/gallery.js';
import { checkUrl } from '../core/url.js';
import { word } from '../i18n/issue-text.js';
import { checkKeys, describeValue, got, isRecord, IssueList, own, readString, type IssueText, type Parsed } from './issues.js';
import { jsonProblem, JsonParseFailure } from './json.js';
import { MAX_PHOTOS, tooMany } from './limits.js';
import type { GalleryItem } from '../core/types.js';
export type { GalleryItem } from '../core/types.js';

/** One photo as an editor writes it. */
export interface GalleryItemInput {
  /** What the photo shows; required. */
  caption: string;
  /**
   * Who took or supplied it ("Getty", "Reuters"); shown after the caption. Left out, null or blank: the photo
   * is published without a credit, with a warning (every news photo should carry one).
   */
  credit?: string | null;
  /** The photo (https:, http: or relative). Without it the element is a caption strip. */
  src?: string;
  /** Text alternative; `""` when the caption already describes the photo. Never repeat the credit in it. */
  alt?: string;
  /** Responsive sources, as in `<img srcset>`; every URL passes the same allowlist as `src`. */
  srcset?: string;
  /** Intrinsic size in px: together they reserve the photo's shape before it loads. */
  width?: number;
  height?: number;
}

export const ITEM_KEYS = ['caption', 'credit', 'src', 'alt', 'srcset', 'width', 'height'] as const;

function readSize(v: unknown, path: string, issues: IssueList): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return v;
  issues.error(path, 'iSize', { got: got(v) });
  return null;
}

/** Checks every URL of a srcset (the first word of each comma-separated candidate); the reason of the first refused one. */
function srcsetProblem(srcset: string): IssueText | null {
  for (const candidate of srcset.split(',')) {
    const [url, ...descriptors] = candidate.trim().split(/\s+/);
    if (!url) continue;
    const check = checkUrl(url, 'image');
    if (!check.ok) return ['iSrcsetUrl', { url: JSON.stringify(url.length > 40 ? `${url.slice(0, 40)}…` : url), reason: check.why }];
    // One width (800w) or density (2x) at most: anything else is not a srcset candidate (and may hide a URL).
    if (descriptors.length > 1 || (descriptors[0] !== undefined && !/^(\d+w|\d+(\.\d+)?x)$/.test(descriptors[0]))) {
      return ['iSrcsetCandidate', { got: describeValue(candidate.trim()) }];
    }
  }
  return null;
}

function readItem(raw: unknown, path: string, issues: IssueList): GalleryItem | undefined {
  if (!isRecord(raw)) {
    issues.error(path, 'iPhoto', { got: got(raw) });
    return undefined;
  }
  checkKeys(raw, ITEM_KEYS, path, issues);
  const before = issues.items.length;
  const caption = readString(own(raw, 'caption'), `${path}.caption`, issues, true);
  // No credit — left out, null, or blank — is published (the caption still shows), with a warning the editor sees in preview.
  const rawCredit = own(raw, 'credit');
  let credit = rawCredit === null ? undefined : readString(rawCredit, `${path}.credit`, issues, false);
  if (credit === undefined ? rawCredit === undefined || rawCredit === null : credit.trim() === '') {
    issues.warn(`${path}.credit`, credit === undefined ? 'iCreditMissing' : 'iCreditEmpty', {}, 'xNoCredit');
  }
  credit = credit?.trim() ?? '';
  const rawSrc = readString(own(raw, 'src'), `${path}.src`, issues, false);
  const rawSrcset = readString(own(raw, 'srcset'), `${path}.srcset`, issues, false);
  const rawAlt = readString(own(raw, 'alt'), `${path}.alt`, issues, false);
  const rawWidth = own(raw, 'width');
  const rawHeight = own(raw, 'height');
  let width = readSize(rawWidth, `${path}.width`, issues);
  let height = readSize(rawHeight, `${path}.height`, issues);
  if ((rawWidth == null) !== (rawHeight == null)) {
    issues.warn(`${path}.${rawWidth == null ? 'width' : 'height'}`, 'iHalfSize');
    width = height = null;
  }

  let src: string | null = null;
  if (rawSrc !== undefined) {
    const check = checkUrl(rawSrc, 'image');
    if (check.ok) src = check.url;
    else issues.warn(`${path}.src`, 'iPhotoRefused', { reason: check.why });
  }
  let srcset: string | null = null;
  if (rawSrcset !== undefined) {
    const problem = src === null ? null : srcsetProblem(rawSrcset);
    if (src === null) issues.warn(`${path}.srcset`, 'iSrcsetNoSrc');
    else if (problem) issues.warn(`${path}.srcset`, ...problem);
    else srcset = rawSrcset.trim();
  }

  let alt = '';
  if (src !== null && caption !== undefined) {
    if (rawAlt === undefined) {
      const describes = captionDescribes(caption);
      alt = describes ? '' : MISSING_ALT;
      issues.warn(`${path}.alt`, describes ? 'iAltEmpty' : 'iAltDefault', describes ? {} : { alt: word('noAlt') });
    } else {
      alt = rawAlt;
      if (credit && rawAlt.toLowerCase().includes(credit.toLowerCase())) {
        issues.warn(`${path}.alt`, 'iAltCredit', { credit });
      }
    }
  }
  if (caption === undefined || issues.items.slice(before).some((i) => i.severity === 'error')) return undefined;
  return { caption, credit, src, srcset, alt, width, height };
}

/**
 * Validates the photo list. Missing input (undefined or null) is an empty
 * gallery, not an error. Refused URLs and missing alt text are warnings: the
 * caption still shows.
 */
export function parseGalleryItems(input: unknown, path = 'items'): Parsed<GalleryItem[]> {
  const issues = new IssueList();
  const items: GalleryItem[] = [];
  if (input instanceof JsonParseFailure) {
    issues.error(path, ...jsonProblem(input));
  } else if (input !== undefined && input !== null) {
    if (!Array.isArray(input)) {
      issues.error(path, 'iPhotoList', { got: got(input) });
    } else if (input.length > MAX_PHOTOS) {
      issues.error(path, ...tooMany(input.length, MAX_PHOTOS, 'iManyPhotos'));
    } else {
      input.forEach((raw, i) => {
        const item = readItem(raw, `${path}[${i}]`, issues);
        if (item) items.push(item);
      });
    }
  }
  return issues.result(items);
}
