import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CsvData } from '../core/csv.js';
import { checkUrl } from '../core/url.js';
import { makeIssue, type Issue, type IssueText } from '../schema/issues.js';

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

/** The failed state for `src`, with `problem` after the quoted URL. */
export const fail = (src: string, ...[key, params]: IssueText): RemoteState => ({
  status: 'failed',
  issues: [makeIssue('src', 'error', ['iSrc', { src: JSON.stringify(src), problem: params ? { key, params } : { key } }])],
});

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
    if (!check.ok) return this.onChange(fail(src, 'iSrcRefused', { reason: check.why }));
    const ctrl = (this.abort = new AbortController());
    const ms = timeout > 0 ? timeout : SRC_TIMEOUT;
    const timer = setTimeout(() => ctrl.abort(), ms);
    this.onChange({ status: 'loading' });
    // The fetching code is a chunk of its own in the CDN build: pages whose charts have no src never download it.
    void import('./remote-fetch.js')
      .then((m) => m.fetchData(src, check.url, ctrl.signal, ms, this.fromCsv))
      .catch((e: unknown) => fail(src, 'iSrcLoader', { detail: String(e) }))
      .then((state) => {
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

/** Problems once `src` is involved: a failed load replaces them, CSV rows get their line numbers, ignored inline data (`ignored`) warns. */
export function withRemote(
  r: RemoteState | undefined,
  p: { errors: Issue[]; warnings: Issue[] },
  ignored: boolean,
): { errors: Issue[]; warnings: Issue[] } {
  if (!r) return p;
  if (r.status === 'failed') return { errors: r.issues, warnings: [] };
  const map = (i: Issue): Issue => (r.status === 'loaded' ? { ...i, path: r.locate(i.path) } : i);
  return {
    errors: p.errors.map(map),
    warnings: [
      ...(r.status === 'loaded' ? r.warnings : []),
      ...p.warnings.map(map),
      ...(ignored ? [makeIssue('data', 'warning', ['iIgnoredForSrc'])] : []),
    ],
  };
}
