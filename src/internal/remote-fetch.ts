/**
 * Fetching a chart's `src` and reading the answer: loaded on demand by
 * RemoteController (remote.ts), so that pages without `src` never download it.
 */
import type { CsvData } from '../core/csv.js';
import { sniff } from '../core/sniff.js';
import { isRecord, own } from '../schema/issues.js';
import { jsonProblem, JsonParseFailure, parseJson } from '../schema/json.js';
import { MAX_JSON_CHARS, tooMany } from '../schema/limits.js';
import { fail, type RemoteState } from './remote.js';

/** Fetches `url` and turns the answer into chart input; never throws. */
export async function fetchData(
  src: string,
  url: string,
  signal: AbortSignal,
  ms: number,
  fromCsv: (text: string) => Promise<CsvData>,
): Promise<RemoteState> {
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, { signal });
    body = await res.text();
  } catch (e) {
    return signal.aborted ? fail(src, 'iSrcTimeout', { seconds: String(ms / 1000) }) : fail(src, 'iSrcNetwork', { detail: String(e) });
  }
  if (!res.ok) return fail(src, 'iSrcHttp', { status: `${res.status} ${res.statusText}`.trim() });
  // One cap for data text, wherever it comes from (attribute, child script or src).
  if (body.length > MAX_JSON_CHARS) return fail(src, ...tooMany(body.length, MAX_JSON_CHARS, 'iManyChars'));
  const type = res.headers.get('content-type') ?? '';
  const kind = sniff(type, body);
  if (kind === 'empty') return fail(src, 'iSrcEmpty');
  if (kind === 'html') return fail(src, 'iSrcHtml');
  if (kind === 'csv') {
    let c: CsvData;
    try {
      c = await fromCsv(body);
    } catch (e) {
      // The CSV reader is a separate file of the CDN build, loaded on the first CSV answer.
      return fail(src, 'iSrcCsv', { detail: String(e) });
    }
    const errors = c.problems.filter((p) => p.severity === 'error');
    if (errors.length) return { status: 'failed', issues: errors };
    return { status: 'loaded', format: 'csv', data: c.data, annotations: undefined, warnings: c.problems, locate: c.locate };
  }
  const json = parseJson(body);
  if (json instanceof JsonParseFailure) return fail(src, ...jsonProblem(json));
  const wrapped = isRecord(json) && own(json, 'data') !== undefined ? json : undefined;
  return {
    status: 'loaded',
    format: 'json',
    data: wrapped ? own(wrapped, 'data') : json,
    annotations: wrapped && own(wrapped, 'annotations'),
    warnings: [],
    locate: (p) => p,
  };
}
