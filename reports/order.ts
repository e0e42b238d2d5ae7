/**
 * Ids, keys and ISO dates in code-point order: deterministic whatever the locale, and far cheaper than
 * localeCompare when a report ranks thousands of rows.
 */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
