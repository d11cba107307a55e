/**
 * The shape of every public id (section, question, glossary entry, source, event): lowercase
 * ASCII letters, digits and single hyphens. Shared by the schemas and by client scripts, which
 * use it to check a URL hash before treating it as an id; kept free of other imports so the
 * scripts stay small.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
