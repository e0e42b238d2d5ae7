import { IntlMessageFormat } from 'intl-messageformat';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';

/**
 * The resident's words, one ICU MessageFormat catalog per language (English is the reference: every other
 * catalog has exactly its keys, checked by a test). Staff-facing text stays English and lives elsewhere.
 */
export type MessageKey = keyof typeof en;
export const catalogs = { en, es, fr } as const;
export type Language = keyof typeof catalogs;
export const languages = Object.keys(catalogs) as Language[];

/** A well-formed BCP 47 tag in its canonical form, or null. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The catalog for a household's tag (es-MX → es, fr-CA → fr); English when none fits. */
export function catalogLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (languages as string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

export interface Translator {
  language: Language;
  /** The tag dates are formatted with: the household's own (fr-CA, es-MX) when well formed. */
  locale: string;
  t(key: MessageKey, values?: Record<string, string>): string;
  /** A date and time in the property's time zone, in the resident's language. */
  dateTime(at: Date | string, timeZone: string): string;
  date(at: Date | string, timeZone: string): string;
}

const compiled = new Map<string, IntlMessageFormat>();

export function translator(tag: string | null | undefined): Translator {
  const language = catalogLanguage(tag);
  const canonical = tag ? canonicalLanguageTag(tag) : null;
  // Dates in the household's own variant (fr-CA, es-MX) when it is of the catalog's language.
  const locale = canonical && canonical.toLowerCase().split('-')[0] === language ? canonical : language;
  const catalog = catalogs[language] as Record<MessageKey, string>;
  const format = (options: Intl.DateTimeFormatOptions) => (at: Date | string, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(typeof at === 'string' ? new Date(at) : at);
  return {
    language,
    locale,
    t(key, values) {
      const cacheKey = `${language}:${key}`;
      let message = compiled.get(cacheKey);
      if (!message) {
        message = new IntlMessageFormat(catalog[key], locale);
        compiled.set(cacheKey, message);
      }
      return String(message.format(values));
    },
    dateTime: format({ dateStyle: 'full', timeStyle: 'short' }),
    date: format({ dateStyle: 'long' }),
  };
}
