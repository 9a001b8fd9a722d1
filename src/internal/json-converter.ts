import type { ComplexAttributeConverter } from 'lit';
import { parseJson } from '../schema/json.js';

/**
 * Attribute converter for JSON attributes. Unlike Lit's Object/Array
 * converter, a parse error is kept (as a JsonParseFailure) so the element can
 * show and log it instead of silently receiving `null`.
 */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(value: string | null): unknown {
    return value === null ? undefined : parseJson(value);
  },
};

/** A text attribute: removing it gives back '' (the property's default), not Lit's `null`, which would reach `.trim()`. */
export const textAttribute: ComplexAttributeConverter<string> = {
  fromAttribute: (value: string | null): string => value ?? '',
};

/** A keyword attribute (`mark`, `sort`, `mode`): removing it restores the default instead of giving `null`. */
export function keywordAttribute<T extends string>(fallback: T): ComplexAttributeConverter<T> {
  return { fromAttribute: (value: string | null): T => (value ?? fallback) as T };
}
