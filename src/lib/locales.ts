export const LOCALES = ['nl', 'en'] as const;
export type Lang = (typeof LOCALES)[number];
/** Dutch is the source language; English is a full equal. */
export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'nl' ? 'en' : 'nl';
}

/** Native language names, shown in the language switch (in the language itself). */
export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', en: 'English' };
