/**
 * Reads the component tags an MDX body uses (Section, Term, Cite, Quote, Ref and the list
 * components) from its source text, so ids and references can be checked before rendering.
 */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b((?:\s+[A-Za-z]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTR = /([A-Za-z]+)(?:=(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

export function readTags(body: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of body.matchAll(TAG)) {
    const attrs: Record<string, string> = {};
    for (const a of (match[2] ?? '').matchAll(ATTR)) {
      attrs[a[1]!] = a[2] ?? a[3] ?? a[4] ?? 'true';
    }
    const line = body.slice(0, match.index).split('\n').length;
    tags.push({ name: match[1]!, attrs, line });
  }
  return tags;
}

/** Lines that are Markdown headings (outside fenced code): ids would be derived from text. */
export function markdownHeadingLines(body: string): number[] {
  const lines: number[] = [];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced && /^\s{0,3}#{1,6}\s/.test(line)) lines.push(i + 1);
  });
  return lines;
}
