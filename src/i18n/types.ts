/**
 * The shapes of a message catalogue (issue 13). A message is a whole
 * template with named placeholders (`{count}`, `{name}`), or one template per
 * plural category of the language (`Intl.PluralRules`: Arabic uses all six,
 * Ukrainian one/few/many/other), chosen by the number in `{count}`. Text
 * between `[` and `]` is read by screen readers but not shown.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** One template per plural category; `other` is required. */
export type Plural = { [C in PluralCategory]?: string } & { other: string };

export type Message = string | Plural;

export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];
