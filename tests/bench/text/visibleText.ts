/**
 * The prose a reader sees on a built page, for the readability score: the text inside <main>,
 * without navigation, citation labels, screen-reader-only text, anchors, the page's source box,
 * what search ignores, and text in another language than the page's.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = new Set(['p', 'li', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'caption', 'td', 'th', 'div', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'ul', 'ol', 'dl', 'table', 'tr', 'figure', 'details', 'summary', 'br', 'main', 'label', 'legend', 'fieldset', 'form']);
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'svg', 'noscript', 'nav', 'header', 'footer', 'button', 'dialog']);
/**
 * Classes whose text is not prose: citation brackets, a quotation's source label (the same kind
 * of citation label, "Nieuwsartikel 2021"), screen-reader labels, heading anchors, the page's
 * source list.
 */
const HIDDEN_CLASSES = ['cite', 'quote-source', 'sr-only', 'anchor', 'page-sources'];

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The primary language subtag of a lang attribute ("en-GB" → "en"), lower case; "" when empty. */
function primaryLang(value: string | undefined): string {
  return (value ?? '').trim().split('-')[0]!.toLowerCase();
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/**
 * The prose a reader sees inside <main>: no navigation, header, footer, scripts, hidden parts,
 * citation brackets, screen-reader-only labels or heading anchors, and nothing the search index
 * leaves out either (data-pagefind-ignore: source lines, cross-references, the chart). Blocks are separated by
 * newlines so each heading or list item counts as its own sentence.
 *
 * Text in another language than the page (an element whose lang differs from <html lang>, such as
 * a Dutch quotation on an English page) is left out too: the page's formula and syllable rules
 * would score it wrongly. Nested elements back in the page's language count again. Without
 * <html lang> nothing is left out for its language.
 */
export function visibleText(html: string): string {
  const pageLang = primaryLang(attr(/<html\b([^>]*)>/i.exec(html)?.[1] ?? '', 'lang'));
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? '';
  const source = main.replace(/<!--[\s\S]*?-->/g, '');
  const stack: { name: string; hidden: boolean; lang?: string }[] = [];
  let out = '';
  const hiddenNow = () => {
    if (stack.some((e) => e.hidden)) return true;
    if (!pageLang) return false;
    const lang = stack.findLast((e) => e.lang !== undefined)?.lang;
    return lang !== undefined && lang !== '' && lang !== pageLang;
  };
  for (const m of source.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      if (!hiddenNow()) out += decodeEntities(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const attrs = m[3] ?? '';
    // A block ends a line (and so a sentence); any other tag may separate words (2019<h3>Brief).
    out += BLOCK.has(name) ? '\n' : ' ';
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
    const cls = /\sclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
    const hidden =
      HIDDEN_TAGS.has(name) ||
      /\s(hidden|aria-hidden="true"|data-pagefind-ignore)(?=[\s=>\/]|$)/.test(attrs) ||
      cls.some((c) => HIDDEN_CLASSES.includes(c));
    const lang = attr(attrs, 'lang');
    stack.push({ name, hidden, ...(lang === undefined ? {} : { lang: primaryLang(lang) }) });
  }
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
