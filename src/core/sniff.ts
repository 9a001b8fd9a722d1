/** Format detection for a chart's `src` response. Pure; kept out of csv.ts so that module can load on demand. */

/**
 * What a response holds. A web page (an HTML content type, or a body that
 * starts with `<`, such as a login or error page served with status 200) is
 * never data. Otherwise a JSON or CSV content type decides; failing that, a
 * body starting with `{` or `[` is JSON and anything else CSV.
 */
export function sniff(contentType: string, body: string): 'json' | 'csv' | 'html' | 'empty' {
  const head = body.replace(/^\uFEFF?\s*/, '');
  const type = contentType.toLowerCase();
  if (!head) return 'empty';
  if (head[0] === '<' || type.includes('html')) return 'html';
  if (type.includes('json')) return 'json';
  if (type.includes('csv')) return 'csv';
  return head[0] === '{' || head[0] === '[' ? 'json' : 'csv';
}
