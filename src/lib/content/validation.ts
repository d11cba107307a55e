import type { z } from 'zod';

/** Dotted path of a zod issue, e.g. `title.en` or `links[0].section`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(record)';
}

/**
 * One line per problem, naming the file, the record and the field, so an author can fix a
 * content file without reading code.
 */
export function formatIssues(file: string, record: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${file}: ${record}: field "${fieldPath(issue.path)}": ${issue.message}`);
}

export function recordLabel(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `record ${index + 1} (id "${id}")` : `record ${index + 1}`;
}

/** Validates a YAML list file's records; returns the parsed records or the list of problems. */
export function validateList<S extends z.ZodType>(
  file: string,
  raw: unknown,
  schema: S,
): { records: z.output<S>[]; problems: string[] } {
  if (!Array.isArray(raw)) {
    return { records: [], problems: [`${file}: must be a YAML list of records (each starting with "- id: …")`] };
  }
  const records: z.output<S>[] = [];
  const problems: string[] = [];
  raw.forEach((item, i) => {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else problems.push(...formatIssues(file, recordLabel(i, item), result.error.issues));
  });
  return { records, problems };
}

/** Ids must be unique across all files of a collection. */
export function duplicateIds(entries: readonly { id: string; file: string }[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first) problems.push(`${file}: record (id "${id}"): field "id": duplicate id, already used in ${first}`);
    else seen.set(id, file);
  }
  return problems;
}
