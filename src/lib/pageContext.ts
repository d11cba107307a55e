import { DEFAULT_LANG, isLang, type Lang } from './locales.ts';

/**
 * The language of the page being rendered, from Astro's locale or the route's `lang` param.
 * MDX components use it so authors never pass a language by hand.
 */
export function langFrom(currentLocale: string | undefined, params: Record<string, string | undefined>): Lang {
  if (isLang(params.lang)) return params.lang;
  if (isLang(currentLocale)) return currentLocale;
  return DEFAULT_LANG;
}
