/** The group's spread per success factor and statement, from everyone's answers. */
import type { SelfAssessmentSummary } from '../../../shared/api/analysis.ts';
import type { CatalogueContent } from '../../../shared/api/catalogue.ts';
import { spreadOf, type RatedAnswer } from './spread.ts';

export interface KeyedAnswer extends RatedAnswer {
  respondentId: string;
  statementKey: string;
}

export function factorSpreads(catalogue: CatalogueContent, answers: readonly KeyedAnswer[]): SelfAssessmentSummary['factors'] {
  const byStatement = new Map<string, KeyedAnswer[]>();
  for (const a of answers) {
    const list = byStatement.get(a.statementKey);
    if (list) list.push(a);
    else byStatement.set(a.statementKey, [a]);
  }
  return catalogue.successFactors.map((factor) => {
    const statements = factor.statements.map((s) => ({ key: s.key, text: s.text, ...spreadOf(byStatement.get(s.key) ?? []) }));
    const pooled = factor.statements.flatMap((s) => byStatement.get(s.key) ?? []);
    return { key: factor.key, name: factor.name, ...spreadOf(pooled), statements };
  });
}

/** Respondents who have rated at least one statement (or said "vet ej"). */
export function answeringRespondents(answers: readonly KeyedAnswer[]): number {
  return new Set(answers.filter((a) => a.dontKnow || a.rating !== null).map((a) => a.respondentId)).size;
}

export const statementKeys = (catalogue: CatalogueContent): Set<string> =>
  new Set(catalogue.successFactors.flatMap((f) => f.statements.map((s) => s.key)));
