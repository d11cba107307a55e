// Builds result items from what Pagefind returns, with DOM nodes and text only: titles, excerpts
// (matched words as <mark> elements) and links to the sections where the words are.
import { excerptParts, subResultsToShow, type ResultData } from '../../lib/search/results.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(href: string, className: string, text: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

/** An excerpt as a paragraph of text nodes and <mark>s (never parsed as HTML). */
function excerpt(text: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  for (const part of excerptParts(text)) p.append(part.mark ? el('mark', '', part.text) : part.text);
  return p;
}

/** One result: the page's title as a link, its kind, an excerpt and its busiest sections. */
export function resultItem(data: ResultData, kindName: string): HTMLLIElement {
  const item = el('li', 'search-result');
  const head = el('p', 'search-result-head');
  head.append(link(data.url, 'search-result-title', data.meta.title ?? data.url));
  const kind = data.filters?.[kindName]?.[0];
  if (kind) head.append(' ', el('span', 'search-result-kind', kind));
  item.append(head, excerpt(data.excerpt, 'search-result-excerpt'));
  const subs = subResultsToShow(data);
  if (subs.length) {
    const list = el('ul', 'search-subresults');
    for (const sub of subs) {
      const li = el('li', 'search-subresult');
      li.append(link(sub.url, 'search-subresult-title', sub.title), excerpt(sub.excerpt, 'search-subresult-excerpt'));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}
