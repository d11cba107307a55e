import { mdxToMdast } from 'satteri';

/**
 * Reads what the content rules need from an MDX body with the same MDX parser Astro compiles it
 * with: every component tag (name, string attributes, line) and every Markdown heading. Code
 * blocks are code, so a tag or `#` inside one is not read.
 */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
  line: number;
}

export interface MdxOutline {
  tags: Tag[];
  /** Lines of Markdown headings: their ids would be derived from their text. */
  headingLines: number[];
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
}

export function readMdx(body: string): MdxOutline {
  const tags: Tag[] = [];
  const headingLines: number[] = [];
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 0;
    // Lowercase names are plain HTML elements (<dl>, <dt>); components start with a capital.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
      const attrs: Record<string, string> = {};
      for (const a of node.attributes ?? []) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        // A bare attribute is true; an {expression} keeps its source text.
        const v = a.value;
        attrs[a.name] = v === null || v === undefined ? 'true' : typeof v === 'string' ? v : String((v as { value?: unknown }).value ?? '');
      }
      tags.push({ name: node.name, attrs, line });
    }
    if (node.type === 'heading') headingLines.push(line);
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(body) as unknown as Node);
  return { tags, headingLines };
}

/** The component tags of an MDX body, in document order. */
export function readTags(body: string): Tag[] {
  return readMdx(body).tags;
}
