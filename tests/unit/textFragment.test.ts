import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, normaliseSpace, passageOccurs, textDirective, withTextFragment } from '../../src/lib/urls/textFragment.ts';

describe('text fragments', () => {
  it('percent-encodes a term, including the reserved - , and &', () => {
    expect(encodeTextDirectiveTerm('één-op-veel, foto & video')).toBe('%C3%A9%C3%A9n%2Dop%2Dveel%2C%20foto%20%26%20video');
    expect(encodeTextDirectiveTerm("foto's «Clearview»")).toBe("foto's%20%C2%ABClearview%C2%BB");
  });
  it('links a short passage exactly', () => {
    expect(textDirective('  niet centraal\n benaderd ')).toBe('text=niet%20centraal%20benaderd');
  });
  it('links a long passage by its first and last four words', () => {
    expect(textDirective('een product van Clearview in gebruik hebben of hiervan gebruik hebben gemaakt')).toBe(
      'text=een%20product%20van%20Clearview,hiervan%20gebruik%20hebben%20gemaakt',
    );
  });
  it('appends the directive to a URL, after an existing fragment if there is one', () => {
    expect(withTextFragment('https://example.org/a.html', 'Ja')).toBe('https://example.org/a.html#:~:text=Ja');
    expect(withTextFragment('https://example.org/a.html#p2', 'Ja')).toBe('https://example.org/a.html#p2:~:text=Ja');
    expect(() => withTextFragment('https://example.org/#:~:text=x', 'Ja')).toThrow(/already/);
    expect(() => textDirective('   ')).toThrow(/non-empty/);
  });
  it('finds a passage across line breaks, and not a misspelt one', () => {
    const doc = 'Zij zijn niet centraal\nbenaderd door Clearview.';
    expect(normaliseSpace(doc)).toBe('Zij zijn niet centraal benaderd door Clearview.');
    expect(passageOccurs('niet centraal benaderd', doc)).toBe(true);
    expect(passageOccurs('niet centraal benaderdd', doc)).toBe(false);
  });
});
