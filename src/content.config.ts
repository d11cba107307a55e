import { readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlListLoader } from './loaders/yamlList.ts';
import { LOCALES } from './lib/locales.ts';
import { unexpectedContentFiles } from './lib/content/files.ts';
import { eventSchema, glossarySchema, pageSchema, sourceSchema } from './lib/content/schemas.ts';

/**
 * Words and data live in the top-level content/ folder; schemas live in src/lib/content/schemas.ts.
 * CONTENT_DIR exists for the tests that prove a bad content file fails the build.
 */
const contentDir = process.env.CONTENT_DIR || 'content';

const stray = unexpectedContentFiles(
  readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => `${d.parentPath}/${d.name}`.slice(contentDir.length + 1).replace(/\\/g, '/')),
);
if (stray.length) throw new Error(`Invalid content:\n${stray.join('\n')}`);

const pages = defineCollection({
  // One folder per language of src/lib/locales.ts.
  loader: glob({ pattern: `{${LOCALES.join(',')}}/**/*.mdx`, base: contentDir }),
  schema: pageSchema,
});

const sources = defineCollection({
  loader: yamlListLoader({ path: `${contentDir}/sources.yaml`, schema: sourceSchema }),
  schema: sourceSchema,
});

const glossary = defineCollection({
  loader: yamlListLoader({ path: `${contentDir}/glossary.yaml`, schema: glossarySchema }),
  schema: glossarySchema,
});

const timeline = defineCollection({
  loader: yamlListLoader({ path: `${contentDir}/timeline`, schema: eventSchema }),
  schema: eventSchema,
});

export const collections = { pages, sources, glossary, timeline };
