import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { caseCategories } from '../domain/case';
import { catalogLanguage, catalogs, languages, translator } from '../domain/i18n';
import { staffRoles } from '../domain/policies';
import { renderResidentMessage } from '../domain/resident-messages';

/** The argument names a message uses ({summary}, {due}…). */
function argumentsOf(message: string): string[] {
  // Every catalog entry is flat: literal text and plain {arguments} (AST element type 1).
  const elements = new IntlMessageFormat(message, 'en').getAst() as Array<{ type: number; value: string }>;
  return [...new Set(elements.filter((e) => e.type === 1).map((e) => e.value))].sort();
}

/** Keys one catalog lacks or has extra against another. */
export function catalogDifferences(reference: Record<string, string>, other: Record<string, string>) {
  const missing = Object.keys(reference).filter((key) => !(key in other));
  const extra = Object.keys(other).filter((key) => !(key in reference));
  return { missing, extra };
}

describe('resident catalogs', () => {
  it('has English, Spanish and French', () => {
    expect(languages.sort()).toEqual(['en', 'es', 'fr']);
  });

  it.each(languages)('%s has exactly the keys of the English catalog, each with the same arguments', (language) => {
    const catalog = catalogs[language] as Record<string, string>;
    expect(catalogDifferences(catalogs.en, catalog)).toEqual({ missing: [], extra: [] });
    for (const [key, english] of Object.entries(catalogs.en)) {
      expect(argumentsOf(catalog[key]!), `${language} ${key}`).toEqual(argumentsOf(english));
      expect(catalog[key]!.trim(), `${language} ${key}`).not.toBe('');
    }
  });

  it('the check above finds a key a catalog misses', () => {
    const { 'page.title': _removed, ...withoutTitle } = catalogs.fr as Record<string, string>;
    expect(catalogDifferences(catalogs.en, withoutTitle).missing).toEqual(['page.title']);
  });

  it('covers every category and staff role the page can name', () => {
    for (const category of caseCategories) {
      expect(catalogs.en).toHaveProperty(`category.${category}`);
      expect(catalogs.en).toHaveProperty(`wentWrong.${category}`);
    }
    for (const role of staffRoles) expect(catalogs.en).toHaveProperty(`role.${role}`);
  });

  it('picks the catalog by the primary language subtag and keeps the regional tag for dates', () => {
    expect(catalogLanguage('es-MX')).toBe('es');
    expect(catalogLanguage('fr-CA')).toBe('fr');
    expect(catalogLanguage('de')).toBe('en');
    expect(catalogLanguage(null)).toBe('en');
    expect(translator('fr-ca').locale).toBe('fr-CA');
    expect(translator('de-DE').locale).toBe('en');
  });

  it('formats dates in the property time zone, in the resident language', () => {
    const at = '2026-03-02T15:30:00Z';
    expect(translator('en-US').dateTime(at, 'America/New_York')).toBe('Monday, March 2, 2026 at 10:30 AM');
    expect(translator('es').dateTime(at, 'America/New_York')).toMatch(/^lunes, 2 de marzo de 2026, 10:30/);
    expect(translator('fr-CA').dateTime(at, 'America/Toronto')).toMatch(/^lundi 2 mars 2026 à? ?10 h 30/);
    expect(translator('en').dateTime(at, 'Europe/London')).toBe('Monday, March 2, 2026 at 3:30 PM');
  });
});

describe('resident messages', () => {
  const link = 'https://recovery.example.com/r/abc';

  it('a Spanish household gets the acknowledgement in Spanish, ending with its link', () => {
    const message = renderResidentMessage(
      { kind: 'acknowledge', category: 'package', summary: 'Paquete perdido' },
      'es-US',
      link,
    );
    expect(message.template).toBe('acknowledge.package');
    expect(message.subject).toBe('Gracias por avisarnos: ya nos estamos ocupando');
    expect(message.body).toContain('Lamentamos que haya habido un problema con su paquete ("Paquete perdido").');
    expect(message.body.endsWith(`aquí: ${link}`)).toBe(true);
  });

  it("French check-in; a staff member's own words are kept, with the link added", () => {
    expect(renderResidentMessage({ kind: 'check_in', summary: 'Fuite' }, 'fr-CA', link).subject).toBe(
      'Tout a-t-il été fait à votre satisfaction ?',
    );
    const note = renderResidentMessage({ kind: 'note', body: 'Technician at 8' }, 'fr', link);
    expect(note.body).toBe(`Technician at 8\n\nVoyez où en est votre demande, et répondez-nous, ici : ${link}`);
  });

  it('English by default, and the old English text when there is no link', () => {
    const message = renderResidentMessage({ kind: 'plan', plan: 'Replace the lock' }, undefined, null);
    expect(message).toEqual({
      template: 'resolve.plan_for_agreement',
      subject: 'Our proposal to put things right',
      body: 'Here is what we propose: Replace the lock\nPlease let us know whether this works for you.',
    });
  });

  it('an apostrophe or braces in what the resident wrote are not read as message syntax', () => {
    const body = renderResidentMessage({ kind: 'check_in', summary: "it's {broken}" }, 'en', null).body;
    expect(body).toContain('We recently resolved "it\'s {broken}".');
  });
});
