import { describe, expect, it } from 'vitest';
import { isId } from '../../src/lib/content/ids.ts';

describe('public ids', () => {
  it('are lowercase kebab-case', () => {
    for (const id of ['q1', 'catch', 'nos-report', 'kst-35300-vi-64']) expect(isId(id), id).toBe(true);
  });
  it('refuse anything a URL hash could smuggle in', () => {
    for (const id of ['', 'Q1', 'a--b', '-a', 'a-', 'a b', '<img>', 'a"b', 'nos-report#x']) expect(isId(id), id).toBe(false);
  });
});
