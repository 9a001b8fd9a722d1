import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CsvData } from '../core/csv.js';
import { sniff } from '../core/sniff.js';
import { checkUrl } from '../core/url.js';
import { isRecord, own, type Issue } from '../schema/issues.js';
import { jsonProblem, JsonParseFailure, parseJson } from '../schema/json.js';
import { MAX_JSON_CHARS, tooMany } from '../schema/limits.js';

/** Where the data named by `src` stands. Each change is a new object. */
export type RemoteState =
  | { status: 'loading' }
  | { status: 'failed'; issues: Issue[] }
  | {
      status: 'loaded';
      format: 'json' | 'csv';
      data: unknown;
      /** Annotations from a JSON `{"data": …, "annotations": …}` response. */
      annotations: unknown;
      /** Problems the CSV reader found that did not stop it (unknown columns). */
      warnings: Issue[];
      /** Schema path → `src line N, column X` for CSV; unchanged for JSON. */
      locate: (path: string) => string;
    };

/** Default for `src-timeout`, in milliseconds. */
export const SRC_TIMEOUT = 15000;

const fail = (src: string, message: string): RemoteState => ({
  status: 'failed',
  issues: [{ path: 'src', message: `${JSON.stringify(src)} ${message}`, severity: 'error' }],
});

/** Fetches `url` and turns the answer into chart input; never throws. */
async function fetchData(
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
    return fail(
      src,
      signal.aborted
        ? `sent no answer within ${ms / 1000} s (src-timeout)`
        : `could not be loaded: network error, or the server does not allow this page to read it (CORS) (${String(e)})`,
    );
  }
  if (!res.ok) return fail(src, `could not be loaded: HTTP ${res.status} ${res.statusText}`.trim());
  // One cap for data text, wherever it comes from (attribute, child script or src).
  if (body.length > MAX_JSON_CHARS) return fail(src, tooMany(body.length, MAX_JSON_CHARS, 'characters'));
  const type = res.headers.get('content-type') ?? '';
  const kind = sniff(type, body);
  if (kind === 'empty') return fail(src, 'is empty');
  if (kind === 'html') return fail(src, 'is a web page, not JSON or CSV');
  if (kind === 'csv') {
    let c: CsvData;
    try {
      c = await fromCsv(body);
    } catch (e) {
      // The CSV reader is a separate file of the CDN build, loaded on the first CSV answer.
      return fail(src, `is CSV, but the CSV reader could not be loaded (${String(e)})`);
    }
    const errors = c.problems.filter((p) => p.severity === 'error');
    if (errors.length) return { status: 'failed', issues: errors };
    return { status: 'loaded', format: 'csv', data: c.data, annotations: undefined, warnings: c.problems, locate: c.locate };
  }
  const json = parseJson(body);
  if (json instanceof JsonParseFailure) return fail(src, jsonProblem(json));
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

/**
 * Loads a chart's `src`: URL allowlist, fetch with a timeout, format
 * detection, CSV reading. A new `src`, or the element leaving the page,
 * aborts the request in flight, and a late answer to an old request is
 * dropped. Re-added to a page after an interrupted load, it loads again; a
 * finished load is kept.
 */
export class RemoteController implements ReactiveController {
  private abort: AbortController | undefined;
  private src = '';
  private timeout = SRC_TIMEOUT;
  private interrupted = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly fromCsv: (text: string) => Promise<CsvData>,
    private readonly onChange: (state: RemoteState | undefined) => void,
  ) {
    host.addController(this);
  }

  /** Starts loading `src` (cancelling any load in flight); an empty `src` means inline data. */
  load(src: string, timeout: number): void {
    this.abort?.abort();
    this.abort = undefined;
    this.src = src;
    this.timeout = timeout;
    if (!src) return this.onChange(undefined);
    const check = checkUrl(src, 'image');
    if (!check.ok) return this.onChange(fail(src, `refused: it ${check.reason}`));
    const ctrl = (this.abort = new AbortController());
    const ms = timeout > 0 ? timeout : SRC_TIMEOUT;
    const timer = setTimeout(() => ctrl.abort(), ms);
    this.onChange({ status: 'loading' });
    void fetchData(src, check.url, ctrl.signal, ms, this.fromCsv).then((state) => {
      clearTimeout(timer);
      // Only the request still wanted may change what is shown.
      if (this.abort !== ctrl) return;
      this.abort = undefined;
      this.onChange(state);
    });
  }

  hostConnected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.load(this.src, this.timeout);
    }
  }

  hostDisconnected(): void {
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.interrupted = true;
    }
  }
}
