import { describe, expect, it } from 'vitest';
import type { CatalogueContent } from './api/catalogue.ts';
import { catalogueElements, elementText, withElementText } from './catalogue-elements.ts';

const content: CatalogueContent = {
  goals: [{ key: 'gr.mal1', schoolForm: 'grundskola', text: 'Mål', subGoals: [{ key: 'gr.mal1.lik1', priorityArea: 'likvardighet', text: 'Delmål', indicatorKeys: ['ind.gr.a'] }] }],
  indicators: [{ key: 'ind.gr.a', name: 'Andel', definition: 'Definition', unit: 'percent', direction: 'higher_is_better', dataSource: 'Statistikdatabasen', schoolForms: ['grundskola'] }],
  conditions: [{ key: 'cond.kostnad', category: 'economy', name: 'Kostnad', definition: 'Kr per elev', unit: 'sek', dataSource: 'SCB', schoolForms: ['grundskola'] }],
  successFactors: [{ key: 'sf.a', name: 'Styrkedja', description: 'Roller', statements: [{ key: 'sf.a.s1', text: 'Vi vet vem som gör vad.' }] }],
};

describe('catalogue elements', () => {
  it('lists every element in document order', () => {
    expect(catalogueElements(content).map((e) => `${e.kind}:${e.key}`)).toEqual([
      'goal:gr.mal1', 'sub_goal:gr.mal1.lik1', 'indicator:ind.gr.a', 'condition:cond.kostnad', 'success_factor:sf.a', 'statement:sf.a.s1',
    ]);
  });

  it('reads and replaces the main text of each kind without touching the others', () => {
    for (const { key } of catalogueElements(content)) {
      const changed = withElementText(content, key, 'Ny text');
      expect(elementText(changed, key)).toBe('Ny text');
      for (const other of catalogueElements(content).filter((e) => e.key !== key)) {
        expect(elementText(changed, other.key)).toBe(elementText(content, other.key));
      }
    }
    expect(elementText(content, 'okänd')).toBeUndefined();
  });
});
