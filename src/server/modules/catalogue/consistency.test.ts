import { describe, expect, it } from 'vitest';
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import { catalogueFindings, catalogueProblems } from './consistency.ts';

/** A minimal catalogue that satisfies every rule; each test breaks one thing in a copy. */
function validCatalogue(): CatalogueContent {
  return {
    goals: [
      {
        key: 'fsk.mal1',
        schoolForm: 'forskola',
        text: 'Mål för förskolan.',
        subGoals: [
          { key: 'fsk.mal1.kva1', priorityArea: 'kvalitet', text: 'Delmål.', indicatorKeys: ['ind.fsk.personal'] },
          { key: 'fsk.mal1.utv1', priorityArea: 'utveckling_och_larande', text: 'Delmål utan mått.', indicatorKeys: [] },
        ],
      },
      {
        key: 'gr.mal1',
        schoolForm: 'grundskola',
        text: 'Mål för grundskolan.',
        subGoals: [{ key: 'gr.mal1.kva1', priorityArea: 'kvalitet', text: 'Delmål.', indicatorKeys: ['ind.gr.betyg'] }],
      },
    ],
    indicators: [
      {
        key: 'ind.fsk.personal', name: 'Personal', definition: 'Andel förskollärare.', unit: 'percent',
        direction: 'higher_is_better', dataSource: 'Skolverkets statistikdatabas', schoolForms: ['forskola'],
      },
      {
        key: 'ind.gr.betyg', name: 'Betyg', definition: 'Andel med godkända betyg.', unit: 'percent',
        direction: 'higher_is_better', dataSource: 'Skolverkets statistikdatabas', schoolForms: ['grundskola'],
      },
    ],
    conditions: [
      {
        key: 'cond.kostnad', category: 'economy', name: 'Kostnad', definition: 'Kostnad per elev.', unit: 'sek',
        dataSource: 'Kolada', schoolForms: ['grundskola'],
      },
    ],
    successFactors: [
      {
        key: 'sf.styrkedja', name: 'Styrkedja', description: 'Roller och ansvar.',
        statements: [{ key: 'sf.styrkedja.s1', text: 'Vi vet vem som ansvarar för vad.' }],
      },
    ],
  };
}

function broken(change: (content: CatalogueContent) => void): CatalogueContent {
  const content = structuredClone(validCatalogue());
  change(content);
  return content;
}

function goal(content: CatalogueContent, key: string) {
  const found = content.goals.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no goal ${key}`);
  return found;
}

describe('catalogueProblems', () => {
  it('accepts the valid fixture', () => {
    expect(catalogueProblems(validCatalogue())).toEqual([]);
  });

  it('reports a key used twice within one element kind', () => {
    const content = broken((c) => { c.conditions.push({ ...c.conditions[0]!, name: 'Annan kostnad' }); });
    expect(catalogueProblems(content)).toEqual([
      'Nyckeln "cond.kostnad" används 2 gånger; varje element i katalogen måste ha en egen nyckel.',
    ]);
  });

  it('reports a key shared across element kinds, once per key', () => {
    const content = broken((c) => {
      c.successFactors[0]!.statements.push({ key: 'gr.mal1', text: 'Påstående.' });
      c.conditions[0]!.key = 'gr.mal1';
    });
    expect(catalogueProblems(content)).toEqual([
      'Nyckeln "gr.mal1" används 3 gånger; varje element i katalogen måste ha en egen nyckel.',
    ]);
  });

  it('reports a sub-goal that refers to an unknown indicator', () => {
    const content = broken((c) => { goal(c, 'gr.mal1').subGoals[0]!.indicatorKeys.push('ind.gr.finns-inte'); });
    expect(catalogueProblems(content)).toEqual([
      'Delmålet "gr.mal1.kva1" hänvisar till indikatorn "ind.gr.finns-inte", som inte finns i katalogen.',
    ]);
  });

  it('reports a sub-goal that refers to an indicator not measured for its school form', () => {
    const content = broken((c) => {
      c.goals.push({
        key: 'gran.mal1', schoolForm: 'anpassad_grundskola', text: 'Mål.',
        subGoals: [{ key: 'gran.mal1.kva1', priorityArea: 'kvalitet', text: 'Delmål.', indicatorKeys: ['ind.gr.betyg'] }],
      });
    });
    expect(catalogueProblems(content)).toEqual([
      'Delmålet "gran.mal1.kva1" hänvisar till indikatorn "ind.gr.betyg", som inte mäts för skolformen anpassad grundskola.',
    ]);
  });

  it('reports a förskola sub-goal that uses an indicator outside the ind.fsk. prefix', () => {
    const content = broken((c) => {
      c.indicators[1]!.schoolForms.push('forskola');
      goal(c, 'fsk.mal1').subGoals[1]!.indicatorKeys.push('ind.gr.betyg');
    });
    const problems = catalogueProblems(content);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Delmålet "fsk.mal1.utv1" hör till förskolan men hänvisar till "ind.gr.betyg"');
    expect(problems[0]).toContain('"ind.fsk."');
  });

  it('reports both the prefix and the school form when a förskola sub-goal borrows a grundskola indicator', () => {
    const content = broken((c) => { goal(c, 'fsk.mal1').subGoals[0]!.indicatorKeys.push('ind.gr.betyg'); });
    const problems = catalogueProblems(content);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('hör till förskolan');
    expect(problems[1]).toContain('som inte mäts för skolformen förskola');
  });

  it('warns about an indicator that no sub-goal uses', () => {
    const content = broken((c) => { goal(c, 'gr.mal1').subGoals[0]!.indicatorKeys = []; });
    expect(catalogueProblems(content)).toEqual(['Varning: indikatorn "ind.gr.betyg" används inte av något delmål.']);
    expect(catalogueFindings(content).map((finding) => finding.severity)).toEqual(['warning']);
  });

  it('reports a success factor without statements', () => {
    const content = broken((c) => { c.successFactors[0]!.statements = []; });
    expect(catalogueProblems(content)).toEqual([
      'Framgångsfaktorn "sf.styrkedja" saknar påståenden att skatta i självskattningen.',
    ]);
    expect(catalogueFindings(content).map((finding) => finding.severity)).toEqual(['error']);
  });

  it('reports several problems together, errors before warnings', () => {
    const content = broken((c) => {
      goal(c, 'gr.mal1').subGoals[0]!.indicatorKeys = ['ind.okand'];
      c.successFactors[0]!.statements = [];
    });
    expect(catalogueFindings(content).map((finding) => finding.severity)).toEqual(['error', 'error', 'warning']);
    expect(catalogueProblems(content)[2]).toBe('Varning: indikatorn "ind.gr.betyg" används inte av något delmål.');
  });
});
