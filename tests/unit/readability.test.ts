import { describe, expect, it } from 'vitest';
import {
  fleschDouma,
  fleschReadingEase,
  median,
  readability,
  sentences,
  syllablesEn,
  syllablesNl,
  textStats,
  visibleText,
  words,
} from '../bench/text/readability.ts';

describe('Dutch syllables', () => {
  it.each([
    ['de', 1], ['politie', 3], ['gezichtsherkenning', 5], ['minister', 3], ['Kamervragen', 4],
    ['zeeën', 2], ['geïnteresseerd', 5], ['België', 3], ['privacy', 3], ['toezichthouder', 4],
    ['eeuw', 1], ['nieuw', 1], ['mooi', 1], ['materiaal', 4], ['ideaal', 3], ['uitleg', 2],
    ['één', 1], ['2020', 4], ['wij', 1], ['Europese', 4],
  ])('%s has %i', (word, n) => expect(syllablesNl(word)).toBe(n));
});

describe('English syllables', () => {
  it.each([
    ['the', 1], ['police', 2], ['minister', 3], ['facial', 2], ['recognition', 4], ['people', 2],
    ['rules', 1], ['tables', 2], ['pages', 2], ['makes', 1], ['asked', 1], ['added', 2],
    ['media', 3], ['agencies', 3], ['free', 1], ['because', 2], ['there', 1], ['Italian', 4],
    ['official', 3], ['2022', 4],
  ])('%s has %i', (word, n) => expect(syllablesEn(word)).toBe(n));
});

describe('abbreviations are read letter by letter', () => {
  // Without this, "DSB" counted 1 syllable (no vowel), "AI" 1 in English and "CNIL" 1 in Dutch:
  // the measure flattered pages full of regulators' abbreviations.
  it.each([
    ['AVG', 3, 3], ['DSB', 3, 3], ['CNIL', 4, 4], ['EU', 2, 2], ['AI', 2, 2], ['ICO', 3, 3],
    ['D66', 3, 3], ['WODC', 4, 6], ['GDPR', 4, 4],
  ])('%s has %i (nl) and %i (en)', (word, nl, en) => {
    expect(syllablesNl(word)).toBe(nl);
    expect(syllablesEn(word)).toBe(en);
  });
  it('reads five capitals, Roman numerals and ordinary words as words', () => {
    expect(syllablesNl('CATCH')).toBe(1);
    expect(syllablesEn('CATCH')).toBe(1);
    expect(syllablesNl('II')).toBe(2);
    expect(syllablesNl('Ik')).toBe(1);
    expect(syllablesEn('A')).toBe(1);
  });
});

describe('words and sentences', () => {
  it('counts words with inner hyphens and apostrophes as one', () => {
    expect(words("één-op-veel foto's, 30,5 miljoen")).toEqual(['één-op-veel', "foto's", '30', '5', 'miljoen']);
  });
  it('splits at full stops, question and exclamation marks followed by a space', () => {
    expect(sentences('Hij weet het. Weet jij het? Ja! Nee')).toEqual(['Hij weet het.', 'Weet jij het?', 'Ja!', 'Nee']);
  });
  it('does not split at abbreviations or decimal points', () => {
    expect(sentences('Zie nr. 2669 en bijv. de brief. A fine of €5.2 million, e.g. in France, no. 5. He said no. Yes')).toEqual([
      'Zie nr. 2669 en bijv. de brief.',
      'A fine of €5.2 million, e.g. in France, no. 5.',
      'He said no.',
      'Yes',
    ]);
  });
  it('ends a sentence at the end of every block (heading, list item)', () => {
    expect(sentences('Wat is Clearview?\nEen bedrijf\nNog een regel. En nog een')).toHaveLength(4);
  });
});

describe('scores', () => {
  it('Flesch–Douma follows its formula', () => {
    // 10 words, 2 sentences, 15 syllables: 206.84 − 0.77·150 − 0.93·5
    expect(fleschDouma({ words: 10, sentences: 2, syllables: 15 })).toBeCloseTo(206.84 - 115.5 - 4.65, 6);
  });
  it('Flesch Reading Ease follows its formula', () => {
    expect(fleschReadingEase({ words: 10, sentences: 2, syllables: 15 })).toBeCloseTo(206.835 - 5.075 - 126.9, 6);
  });
  it('gives no score for empty text', () => {
    expect(fleschDouma({ words: 0, sentences: 0, syllables: 0 })).toBeNaN();
  });
  it('scores short plain sentences above long heavy ones', () => {
    const plain = readability('De minister weet het niet. Hij vraagt het na. De politie zegt nee.', 'nl');
    const heavy = readability('De ministeriële beantwoording betreffende gezichtsherkenningstechnologie veronderstelt uitgebreide interdepartementale inventarisatiewerkzaamheden binnen overheidsorganisaties.', 'nl');
    expect(plain.score).toBeGreaterThan(60);
    expect(heavy.score).toBeLessThan(0);
    expect(textStats('The police said no. It was clear.', 'en')).toEqual({ words: 7, sentences: 2, syllables: 8 });
  });
  it('median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('visibleText', () => {
  const html = `<html><body><header><nav>Menu Start</nav></header><main id="main">
    <h1>Titel</h1><p data-pagefind-ignore>Weg.</p><p>Eerste zin. <span class="cite">[<a href="#">Bron 1</a>]</span> Tweede&nbsp;zin.</p>
    <h2 id="x">Kop<a class="anchor" href="#x"><span aria-hidden="true">#</span><span class="sr-only">Link</span></a></h2>
    <ul><li>Punt een</li><li>Punt twee</li></ul><svg><text>2020</text></svg><br/>
    <script>var a = 1;</script><aside class="page-sources"><h2>Bronnen</h2></aside><p>Laatste &amp; echt.</p>
  </main><footer>Voet</footer></body></html>`;
  it('keeps the prose of <main> only, one block per line', () => {
    expect(visibleText(html).split('\n')).toEqual(['Titel', 'Eerste zin. Tweede zin.', 'Kop', 'Punt een', 'Punt twee', 'Laatste & echt.']);
  });
  it("leaves out a quotation's source label but keeps the quotation and who said it", () => {
    const quote = '<main><p>Hij schrijft: <q class="quote">Nee.</q> <span class="quote-by">(<cite>Minister Dekker</cite>, <a class="quote-source" href="#">Nieuwsartikel 2021</a>)</span></p></main>';
    expect(visibleText(quote).replace(/\s+/g, ' ')).toBe('Hij schrijft: Nee. ( Minister Dekker , )');
  });
  it("leaves out text in another language than the page's <html lang>, and counts nested text back in the page's language", () => {
    // A Dutch quotation on an English page was scored with English syllable rules and formula.
    const page = `<html lang="en-GB" dir="ltr"><body><header><a hreflang="nl"><span lang="nl">Nederlands</span></a></header><main>
      <p>He writes: <q class="quote" lang="nl">Het gebruik van Clearview is niet verenigbaar met de wettelijke bepalingen.</q> In plain English: it breaks the law.</p>
      <blockquote lang="NL"><p>Een zin. <span lang="en">Back in English.</span> Nog een zin.</p></blockquote>
      <p lang="en-US">Still English.</p></main></body></html>`;
    expect(visibleText(page).replace(/\s+/g, ' ')).toBe('He writes: In plain English: it breaks the law. Back in English. Still English.');
    const dutchQuote = page.replace('<html lang="en-GB" dir="ltr">', '<html lang="nl">');
    expect(visibleText(dutchQuote)).toContain('Het gebruik van Clearview');
    expect(visibleText(dutchQuote)).not.toContain('Back in English');
  });
  it('keeps all text when the page states no language', () => {
    expect(visibleText('<main><p>Ja. <q lang="nl">Nee.</q></p></main>').replace(/\s+/g, ' ')).toBe('Ja. Nee.');
  });
  it('returns nothing without <main>', () => {
    expect(visibleText('<p>Los</p>')).toBe('');
  });
});
