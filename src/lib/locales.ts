/**
 * The site's languages: one row each, and everything else that differs per language is built from
 * it (the content glob and the schemas' bilingual fields, og:locale, the search page's slug, dates
 * through Intl, the names in the language switch). Adding a language means one row here, one
 * interface-strings file in src/i18n/ (registered in src/lib/i18n.ts), and the content.
 * Dutch is the source language and comes first; English is a full equal.
 */
export const LANGUAGES = {
  nl: { name: 'Nederlands', englishName: 'Dutch', intl: 'nl-NL', ogLocale: 'nl_NL', searchSlug: 'zoeken' },
  en: { name: 'English', englishName: 'English', intl: 'en-GB', ogLocale: 'en_GB', searchSlug: 'search' },
} as const satisfies Record<string, LanguageRow>;

export interface LanguageRow {
  /** The language's own name, shown in the language switch. */
  name: string;
  /** Its name in English, for build messages. */
  englishName: string;
  /** BCP 47 tag for Intl (dates, months): the region sets the date order (25 november 2026, 25 November 2026). */
  intl: string;
  /** Open Graph's locale form. */
  ogLocale: string;
  /** The search page's slug: /nl/zoeken/, /en/search/. */
  searchSlug: string;
}

export type Lang = keyof typeof LANGUAGES;
export const LOCALES = /* @__PURE__ */ Object.keys(LANGUAGES) as Lang[];
export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/** The language the switch offers: with two languages, the other one. */
export function otherLang(lang: Lang): Lang {
  return LOCALES.find((l) => l !== lang)!;
}

/** Native language names, shown in the language switch (in the language itself). */
export const LANG_NAMES = /* @__PURE__ */ Object.fromEntries(LOCALES.map((l) => [l, LANGUAGES[l].name])) as Record<Lang, string>;
