/**
 * Plain-language measures for the site's pages: Flesch–Douma for Dutch, Flesch Reading Ease for
 * English. Pure functions: text in, numbers out. `visibleText` turns built HTML into the text a
 * reader sees inside <main>, one block (paragraph, heading, list item) per line.
 *
 * Conventions (documented in the README):
 * - A word is a run of letters or digits (with inner hyphens or apostrophes).
 * - A number counts as one word with one syllable per digit (a rough stand-in for how it is read;
 *   it slightly undercounts, e.g. "2021" is read with 5 syllables in English and 7 in Dutch).
 * - An abbreviation of two to four capitals (AVG, ICO, CNIL, EU, AI), possibly with digits (D66),
 *   is read letter by letter, so it counts one syllable per letter ("W" is "double-u" in English)
 *   and per digit. Five capitals or more (CATCH) are read as a word; Roman numerals (II) are not
 *   spelled out.
 * - A sentence ends at . ! ? or … followed by a space, or at the end of a block (a heading or a
 *   list item without a full stop is one sentence). Known abbreviations (nr., no., e.g.) do not
 *   end a sentence.
 */

export type ReadabilityLang = 'nl' | 'en';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

export interface Readability extends TextStats {
  /** Flesch–Douma (nl) or Flesch Reading Ease (en); higher is easier, 60+ is plain. */
  score: number;
}

// ---------------------------------------------------------------------------------------------
// Syllables

/** Syllables of an abbreviation read letter by letter (AVG, D66), or null when the word is not one. */
export function abbreviationSyllables(word: string, lang: ReadabilityLang): number | null {
  const m = /^([A-Z]{1,4})(\d*)$/.exec(word);
  if (!m || (m[1]!.length < 2 && !m[2]) || /^[IVX]+$/.test(m[1]!)) return null;
  const letters = m[1]!.length + (lang === 'en' ? 2 * (m[1]!.match(/W/g)?.length ?? 0) : 0);
  return letters + m[2]!.length;
}

/** Dutch vowel sounds written with more than one letter; each counts as one syllable. */
const NL_VOWEL_GROUPS = ['ieu', 'eeu', 'aai', 'ooi', 'oei', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'ou', 'au'];
const NL_VOWEL = /[aeiouyäëïöü]/;

/** Syllables in one Dutch word, from its vowel sounds (a diaeresis starts a new syllable). */
export function syllablesNl(word: string): number {
  const abbreviation = abbreviationSyllables(word, 'nl');
  if (abbreviation !== null) return abbreviation;
  // Stress accents (één, vóór) do not change the count; a diaeresis (zeeën) does, so it stays.
  const w = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u0302]/g, '')
    .normalize('NFC')
    .replace(/[^a-zäëïöüç0-9]/g, '');
  if (/^\d+$/.test(w)) return w.length;
  let count = 0;
  let i = 0;
  while (i < w.length) {
    const ch = w[i]!;
    if (!NL_VOWEL.test(ch)) {
      i += 1;
      continue;
    }
    const rest = w.slice(i);
    // The groups hold no diaeresis, so "zeeën" and "geïnteresseerd" split where they should.
    const group = NL_VOWEL_GROUPS.find((g) => rest.startsWith(g));
    count += 1;
    i += group ? group.length : 1;
  }
  return Math.max(1, count);
}

/** Syllables in one English word: vowel groups, less silent endings ("-e", "-es", "-ed"). */
export function syllablesEn(word: string): number {
  const abbreviation = abbreviationSyllables(word, 'en');
  if (abbreviation !== null) return abbreviation;
  let w = word.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/^\d+$/.test(w)) return w.length;
  if (w.length <= 3) return 1;
  if (/[^aeiouy]les?$/.test(w)) {
    // syllabic "-le" (table, people): keep
  } else if (/(?:[cgszx]|ch|sh)es$/.test(w)) {
    // "-es" is a syllable after a hissing sound (pages, uses, boxes): keep
  } else if (/[^aeiouy]es$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]e$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/^y/, '');
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  // "ia" is two syllables (media, Italian) except in -cial, -tial, -sia, -gian.
  const split = (w.match(/(?<![cstg])ia/g) ?? []).length;
  return Math.max(1, groups + split);
}

export function syllables(word: string, lang: ReadabilityLang): number {
  return lang === 'nl' ? syllablesNl(word) : syllablesEn(word);
}

// ---------------------------------------------------------------------------------------------
// Words and sentences

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Abbreviations whose full stop does not end a sentence (lower case, without the stop). */
const ABBREVIATIONS = new Set(['nr', 'e.g', 'i.e', 'bijv', 'bv', 'o.a', 'd.w.z', 'etc', 'art', 'jl', 'vs', 'mr', 'dr', 'ca', 'zgn']);

/** Sentences of one block of text (a block always ends a sentence). */
export function sentences(text: string): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/)) {
    let start = 0;
    const trimmed = block.trim();
    if (!trimmed) continue;
    const re = /[.!?…]+["'»”’)\]]*(?=\s|$)/g;
    for (const m of trimmed.matchAll(re)) {
      const end = m.index + m[0].length;
      const before = trimmed.slice(start, m.index);
      const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
      if (m[0].startsWith('.') && lastWord && ABBREVIATIONS.has(lastWord)) continue;
      // "no." and "nos." abbreviate "number" only before a number ("no. 2669", not "said no.").
      if (m[0] === '.' && (lastWord === 'no' || lastWord === 'nos') && /^\s+\d/.test(trimmed.slice(end))) continue;
      const sentence = trimmed.slice(start, end).trim();
      if (words(sentence).length) out.push(sentence);
      start = end;
    }
    const tail = trimmed.slice(start).trim();
    if (words(tail).length) out.push(tail);
  }
  return out;
}

export function textStats(text: string, lang: ReadabilityLang): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: sentences(text).length,
    syllables: ws.reduce((sum, w) => sum + syllables(w, lang), 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Scores

/** Flesch–Douma: 206.84 − 0.77 · (syllables per 100 words) − 0.93 · (words per sentence). */
export function fleschDouma(s: TextStats): number {
  if (!s.words || !s.sentences) return NaN;
  return 206.84 - 0.77 * ((s.syllables / s.words) * 100) - 0.93 * (s.words / s.sentences);
}

/** Flesch Reading Ease: 206.835 − 1.015 · (words / sentence) − 84.6 · (syllables / word). */
export function fleschReadingEase(s: TextStats): number {
  if (!s.words || !s.sentences) return NaN;
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

export function readability(text: string, lang: ReadabilityLang): Readability {
  const stats = textStats(text, lang);
  return { ...stats, score: lang === 'nl' ? fleschDouma(stats) : fleschReadingEase(stats) };
}

export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// The visible text of a built page is read by visibleText.ts.
export { visibleText } from './visibleText.ts';
