import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import type { z } from 'zod';
import { duplicateIds, validateList } from '../lib/content/validation.ts';

/**
 * Loads YAML files that each hold a list of records (sources, glossary, timeline events).
 * Every record is validated here so a bad one fails the build with file, record and field named,
 * and ids are checked for duplicates across files: nothing is dropped or overwritten silently.
 */
export function yamlListLoader(options: { path: string; schema: z.ZodType<{ id: string }> }): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const target = resolve(root, options.path);
      const files = options.path.endsWith('.yaml')
        ? [target]
        : (await readdir(target)).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(target, f));
      const { records, problems } = await readYamlLists(root, files, options.schema);
      if (problems.length) throw new Error(`Invalid content:\n${problems.join('\n')}`);
      store.clear();
      for (const { data, file } of records) {
        store.set({ id: data.id, data, filePath: file, digest: generateDigest(data) });
      }
    },
  };
}

export async function readYamlLists<T extends { id: string }>(
  root: string,
  files: string[],
  schema: z.ZodType<T>,
): Promise<{ records: { data: T; file: string }[]; problems: string[] }> {
  const records: { data: T; file: string }[] = [];
  const problems: string[] = [];
  for (const abs of files) {
    const file = relative(root, abs);
    let raw: unknown;
    try {
      raw = parse(await readFile(abs, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const result = validateList(file, raw, schema);
    problems.push(...result.problems);
    records.push(...result.records.map((data) => ({ data, file })));
  }
  problems.push(...duplicateIds(records.map((r) => ({ id: r.data.id, file: r.file }))));
  return { records, problems };
}
