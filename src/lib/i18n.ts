import { nl, type UiKey, type UiStrings } from '../i18n/nl.ts';
import { en } from '../i18n/en.ts';
import { LOCALES, type Lang } from './locales.ts';

const DICTIONARIES: Record<Lang, UiStrings> = { nl, en };

/** Keys present in one language and not in another; the build refuses to start with any. */
export function missingKeys(dicts: Record<string, Record<string, string>>): string[] {
  const all = new Set(Object.values(dicts).flatMap((d) => Object.keys(d)));
  const problems: string[] = [];
  for (const [lang, dict] of Object.entries(dicts)) {
    for (const key of all) {
      if (typeof dict[key] !== 'string' || dict[key].trim() === '') {
        problems.push(`src/i18n/${lang}.ts: interface string "${key}" is missing`);
      }
    }
  }
  return problems;
}

/** The site's own interface strings checked: `src/data/loadSite.ts` stops the build on any problem. */
export function interfaceProblems(): string[] {
  return missingKeys(DICTIONARIES as unknown as Record<string, Record<string, string>>);
}

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The one translation helper: `t('footer.updated')`, with `{name}` placeholders filled. */
export function useTranslations(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, vars) => {
    const text = dict[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(vars[name] ?? m)) : text;
  };
}

export { LOCALES };
export type { UiKey };
