/** Keys made for new themes and needs: readable, unique in the version, existing keys kept. */
import { describe, expect, it } from 'vitest';
import { slug, toEditable, toThemes } from './taxonomy-draft.ts';

describe('taxonomy draft keys', () => {
  it('makes a readable key from a Swedish label', () => {
    expect(slug('Trygghet och studiero')).toBe('trygghet-och-studiero');
    expect(slug('  Övergångar – förskola/skola  ')).toBe('overgangar-forskola-skola');
    expect(slug('Élevhälsa')).toBe('elevhalsa');
    expect(slug('!!!')).toBe('nyckel');
  });

  it('keeps existing keys and makes new ones unique', () => {
    const themes = toEditable([{ key: 'trygghet', label: 'Trygghet', needs: [{ key: 'narvaro', label: 'Närvaro' }] }]);
    themes[0]!.needs.push({ id: 'x', key: '', label: 'Närvaro' }, { id: 'y', key: '', label: 'Närvaro' });
    themes.push({ id: 'z', key: '', label: ' Trygghet ', description: ' ', needs: [] });
    expect(toThemes(themes)).toEqual([
      { key: 'trygghet', label: 'Trygghet', needs: [{ key: 'narvaro', label: 'Närvaro' }, { key: 'narvaro-2', label: 'Närvaro' }, { key: 'narvaro-3', label: 'Närvaro' }] },
      { key: 'trygghet-2', label: 'Trygghet', needs: [] },
    ]);
  });
});
