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
