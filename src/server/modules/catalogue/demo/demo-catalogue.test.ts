import { describe, expect, it } from 'vitest';
import { PRIORITY_AREAS, catalogueContentSchema } from '../../../../shared/api/catalogue.ts';
import { SCHOOL_FORMS } from '../../../../shared/school-forms.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import { FORSKOLA_INDICATOR_PREFIX, catalogueFindings, catalogueProblems } from '../consistency.ts';
import { DEMO_CATALOGUE, DEMO_CATALOGUE_LABEL } from './demo-catalogue.ts';
import { SOURCE_UFA } from './sources.ts';

const goalsOf = (form: SchoolForm) => DEMO_CATALOGUE.goals.filter((goal) => goal.schoolForm === form);
const indicatorByKey = new Map(DEMO_CATALOGUE.indicators.map((indicator) => [indicator.key, indicator]));

describe('DEMO_CATALOGUE', () => {
  it('is valid catalogue content under the strict schema and has a label', () => {
    expect(catalogueContentSchema.parse(DEMO_CATALOGUE)).toEqual(DEMO_CATALOGUE);
    expect(DEMO_CATALOGUE_LABEL).toBe('Kvalitetssystemet 2023 (demo)');
  });

  it('has no consistency problems, not even warnings', () => {
    expect(catalogueFindings(DEMO_CATALOGUE)).toEqual([]);
    expect(catalogueProblems(DEMO_CATALOGUE)).toEqual([]);
  });

  it.each(SCHOOL_FORMS)('has one or two goals with at least one sub-goal for %s', (form) => {
    const goals = goalsOf(form);
    expect(goals.length).toBeGreaterThanOrEqual(1);
    expect(goals.length).toBeLessThanOrEqual(2);
    for (const goal of goals) expect(goal.subGoals.length).toBeGreaterThanOrEqual(1);
  });

  it.each(['forskola', 'grundskola', 'gymnasieskola'] as const)('uses all three priority areas in every %s goal', (form) => {
    for (const goal of goalsOf(form)) {
      const areas = new Set(goal.subGoals.map((subGoal) => subGoal.priorityArea));
      expect([...areas].sort(), goal.key).toEqual([...PRIORITY_AREAS].sort());
    }
  });

  it('gives förskola only process and conditions indicators, and states a data gap', () => {
    const subGoals = goalsOf('forskola').flatMap((goal) => goal.subGoals);
    const referenced = subGoals.flatMap((subGoal) => subGoal.indicatorKeys);
    expect(referenced.length).toBeGreaterThan(0);
    for (const key of referenced) {
      expect(key.startsWith(FORSKOLA_INDICATOR_PREFIX), key).toBe(true);
      const indicator = indicatorByKey.get(key);
      expect(indicator?.schoolForms).toEqual(['forskola']);
      expect(indicator?.unit).not.toBe('points');
      expect(indicator?.dataSource).not.toBe(SOURCE_UFA);
    }
    expect(subGoals.some((subGoal) => subGoal.indicatorKeys.length === 0)).toBe(true);
  });

  it('has national result measures for grundskola and gymnasieskola', () => {
    const resultMeasures = (form: SchoolForm) => DEMO_CATALOGUE.indicators
      .filter((indicator) => indicator.dataSource === SOURCE_UFA && indicator.schoolForms.includes(form));
    expect(resultMeasures('grundskola').map((indicator) => indicator.key)).toContain('ind.gr.betyg-alla-amnen');
    expect(resultMeasures('gymnasieskola').map((indicator) => indicator.key)).toContain('ind.gy.examen-3ar');
    expect(resultMeasures('forskola')).toEqual([]);
  });

  it('keys sub-goals under their goal and statements under their factor', () => {
    for (const goal of DEMO_CATALOGUE.goals) {
      for (const subGoal of goal.subGoals) expect(subGoal.key.startsWith(`${goal.key}.`), subGoal.key).toBe(true);
    }
    for (const factor of DEMO_CATALOGUE.successFactors) {
      for (const statement of factor.statements) expect(statement.key.startsWith(`${factor.key}.`), statement.key).toBe(true);
    }
  });

  it('has conditions in the economy, staff and background categories, with the background factors of the model', () => {
    const categories = new Set(DEMO_CATALOGUE.conditions.map((condition) => condition.category));
    for (const category of ['economy', 'staff', 'background'] as const) expect(categories).toContain(category);
    const background = DEMO_CATALOGUE.conditions.filter((condition) => condition.category === 'background');
    expect(background.map((condition) => condition.key)).toEqual(
      expect.arrayContaining(['cond.foraldrars-utbildning', 'cond.andel-nyinvandrade', 'cond.andel-pojkar']),
    );
  });

  it('has 6–10 success factors with 3–6 self-assessment statements each', () => {
    const factors = DEMO_CATALOGUE.successFactors;
    expect(factors.length).toBeGreaterThanOrEqual(6);
    expect(factors.length).toBeLessThanOrEqual(10);
    for (const factor of factors) {
      expect(factor.statements.length, factor.key).toBeGreaterThanOrEqual(3);
      expect(factor.statements.length, factor.key).toBeLessThanOrEqual(6);
      // A statement is rated 1–5, so it must be a claim, not a question.
      for (const statement of factor.statements) expect(statement.text.endsWith('.'), statement.key).toBe(true);
    }
  });
});
