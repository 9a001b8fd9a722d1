/**
 * JSON text from attributes and child scripts. A failed parse is kept as a
 * value (never Lit's silent `null`) so the element can say what went wrong.
 */

export class JsonParseFailure {
  constructor(
    readonly text: string,
    readonly message: string,
  ) {}
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return new JsonParseFailure(text, e instanceof Error ? e.message : String(e));
  }
}
