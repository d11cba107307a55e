import type { Lang } from './locales.ts';

/** A value that is the same in both languages (a name) or given per language. */
export type Localised = string | Readonly<Record<Lang, string>>;

export function localised(value: Localised, lang: Lang): string {
  return typeof value === 'string' ? value : value[lang];
}
