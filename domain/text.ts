import { z } from 'zod';

/**
 * Text fields as the API takes them, written so their JSON Schema says what the checks do: PostgreSQL text
 * cannot hold the NUL character, and a required text is trimmed first, so blank text counts as empty. The
 * patterns are part of the zod schema (checked on the trimmed value), hence also of the OpenAPI document.
 */

// What String.prototype.trim removes, spelled out so every regex dialect (ECMA, Python) reads it alike.
const BLANK = '\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';

/** No NUL anywhere. */
export const NO_NUL = new RegExp('^[^\\u0000]*$');
/** No NUL, and at least one character that is not blank. */
export const NOT_BLANK = new RegExp(`^[^\\u0000]*[^\\u0000${BLANK}][^\\u0000]*$`);

/** Required text: trimmed, not blank, at most `max` characters. */
export const text = (field: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: `${field} must not be empty`, abort: true })
    .max(max, `${field} must be at most ${max} characters`)
    // Past the trim and min(1) only NUL can fail it; the pattern says both for the document.
    .regex(NOT_BLANK, 'must not contain the NUL character');

/** Text that may be empty: trimmed, at most `max` characters, no NUL. */
export const optionalText = (field: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${field} must be at most ${max} characters`)
    .regex(NO_NUL, 'must not contain the NUL character');

/**
 * An e-mail address as zod checks it. The document carries zod's own pattern and no `format: email`, which
 * other validators read by their own, different definitions.
 */
export const email = (message: string) => z.email(message).meta({ format: undefined });

/** An id of the directory (property, household, staff member, source): letters, digits and . _ : - only. */
export const identifier = (what: string, whenMissing?: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? (whenMissing ?? `${what} is required`) : `${what} must be text`),
    })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(100, `${what} must be at most 100 characters`)
    .regex(/^[A-Za-z0-9._:-]+$/, `${what} may contain only letters, digits and . _ : -`);
