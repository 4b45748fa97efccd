/**
 * The steward's draft while it is edited: themes and needs with a local id each (for React and for
 * focus), keys made from the label when a new theme or need is saved for the first time.
 */
import type { TaxonomyTheme } from '../../../../shared/api/dialogue-observations.ts';

export interface EditableNeed {
  id: string;
  key: string;
  label: string;
}

export interface EditableTheme {
  id: string;
  key: string;
  label: string;
  description: string;
  needs: EditableNeed[];
}

let counter = 0;
export const localId = (): string => `n${(counter += 1)}`;

export function toEditable(themes: readonly { key: string; label: string; description?: string | undefined; needs: { key: string; label: string }[] }[]): EditableTheme[] {
  return themes.map((t) => ({
    id: localId(), key: t.key, label: t.label, description: t.description ?? '',
    needs: t.needs.map((n) => ({ id: localId(), key: n.key, label: n.label })),
  }));
}

/** "Trygghet och studiero" → "trygghet-och-studiero" (Swedish letters without their marks). */
export function slug(label: string): string {
  return label.toLowerCase()
    .replace(/[åä]/g, 'a').replace(/ö/g, 'o').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, 50).replace(/-+$/, '') || 'nyckel';
}

/** The themes as the API takes them; new items get a key from their label, unique in the version. */
export function toThemes(themes: readonly EditableTheme[]): TaxonomyTheme[] {
  const taken = new Set(themes.flatMap((t) => [t.key, ...t.needs.map((n) => n.key)]).filter(Boolean));
  const fresh = (label: string) => {
    const base = slug(label);
    let key = base;
    for (let i = 2; taken.has(key); i += 1) key = `${base}-${i}`;
    taken.add(key);
    return key;
  };
  return themes.map((t) => ({
    key: t.key || fresh(t.label),
    label: t.label.trim(),
    ...(t.description.trim() ? { description: t.description.trim() } : {}),
    needs: t.needs.map((n) => ({ key: n.key || fresh(n.label), label: n.label.trim() })),
  }));
}
