/** Finding a person's name in free text: the terms, whole-word matching, and the excerpt around it. */
import { describe, expect, it } from 'vitest';
import { excerptAround, findMention, namePatterns, nameTerms } from '../../src/domain/people/name-mentions.ts';

describe('name mentions', () => {
  it('looks for the full name, then the last and first names, skipping initials', () => {
    expect(nameTerms('  Sam   Ortiz ')).toEqual(['Sam Ortiz', 'Ortiz', 'Sam']);
    expect(nameTerms('J. R. Hartley')).toEqual(['J. R. Hartley', 'Hartley']);
    expect(nameTerms('Cher')).toEqual(['Cher']);
  });

  it('matches whole words, any case, accents and line breaks included', () => {
    const patterns = namePatterns('Zoë Ortiz');
    expect(findMention('Met ZOË\nortiz today', patterns)?.excerpt).toBe('Met ZOË ortiz today');
    expect(findMention('Zoëlle and the Ortizville office', patterns)).toBeNull();
    expect(findMention('Ask zoë.', patterns)).toMatchObject({ excerpt: 'Ask zoë.', matchStart: 4, matchLength: 3 });
    expect(findMention(null, patterns)).toBeNull();
  });

  it('keeps about thirty characters each side, cut at a space, marking the cuts', () => {
    const text = `${'alpha beta gamma delta epsilon zeta '.repeat(2)}Sam Ortiz${' eta theta iota kappa lambda mu'.repeat(2)}`;
    const m = excerptAround(text, text.indexOf('Sam'), 9);
    expect(m.excerpt.startsWith('…')).toBe(true);
    expect(m.excerpt.endsWith('…')).toBe(true);
    expect(m.excerpt.slice(m.matchStart, m.matchStart + m.matchLength)).toBe('Sam Ortiz');
    expect(m.excerpt.length).toBeLessThanOrEqual(9 + 60 + 2);
  });
});
