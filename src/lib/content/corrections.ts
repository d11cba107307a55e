import { formatDate } from '../dates.ts';
import { LANGUAGES, LOCALES, otherLang, type Lang } from '../locales.ts';
import type { Correction } from './schemas.ts';
import type { SiteMap } from '../site.ts';

/**
 * A page's corrections of substance (issue 21): what was wrong and what is right, dated, listed at
 * the page's end. Each language's file holds its own text; the twin file must hold a correction of
 * the same date at the same place in its list, so no correction exists in one language only.
 * Typo and wording fixes are not listed.
 */

/** One correction as the page shows it: "Correctie, 5 december 2026: …". */
export interface ShownCorrection {
  date: string;
  /** The date written out in the page's language ("5 december 2026"). */
  dateText: string;
  /** "Correctie, 5 december 2026" / "Correction, 5 December 2026". */
  label: string;
  text: string;
}

/** The page's corrections in date order, each with its written-out label ("Correction, 5 December 2026"). */
export function shownCorrections(corrections: readonly Correction[] | undefined, lang: Lang, word: string): ShownCorrection[] {
  return [...(corrections ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((c) => {
      const dateText = formatDate(c.date, lang);
      return { date: c.date, dateText, label: `${word}, ${dateText}`, text: c.text };
    });
}

/** Each correction needs its twin in the other language's file: same date, same place in the list. */
export function correctionProblems(site: SiteMap): string[] {
  const problems: string[] = [];
  for (const byLang of site.byKey.values()) {
    for (const lang of LOCALES) {
      const page = byLang[lang];
      const twin = byLang[otherLang(lang)];
      if (!page || !twin) continue; // a missing twin page is reported by the parity rule
      const mine = page.data.corrections ?? [];
      const theirs = twin.data.corrections ?? [];
      mine.forEach((c, i) => {
        if (theirs[i]?.date !== c.date) {
          problems.push(`${page.file}: field "corrections[${i}]": the correction of ${c.date} has no ${LANGUAGES[twin.lang].englishName} text: ${twin.file} needs a correction dated ${c.date} at the same place in its "corrections"`);
        }
      });
    }
  }
  return problems;
}
