/** Every element of a catalogue version with its key, kind and a short label, in document order. */
import type { CatalogueContent } from './api/catalogue.ts';

export type ElementKind = 'goal' | 'sub_goal' | 'indicator' | 'condition' | 'success_factor' | 'statement';

export interface CatalogueElement {
  key: string;
  kind: ElementKind;
  label: string;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

export function catalogueElements(content: CatalogueContent): CatalogueElement[] {
  const out: CatalogueElement[] = [];
  for (const goal of content.goals) {
    out.push({ key: goal.key, kind: 'goal', label: short(goal.text) });
    for (const sub of goal.subGoals) out.push({ key: sub.key, kind: 'sub_goal', label: short(sub.text) });
  }
  for (const indicator of content.indicators) out.push({ key: indicator.key, kind: 'indicator', label: indicator.name });
  for (const condition of content.conditions) out.push({ key: condition.key, kind: 'condition', label: condition.name });
  for (const factor of content.successFactors) {
    out.push({ key: factor.key, kind: 'success_factor', label: factor.name });
    for (const statement of factor.statements) out.push({ key: statement.key, kind: 'statement', label: short(statement.text) });
  }
  return out;
}

/**
 * The main text of an element, the one a steward rewrites in a revision: the wording of a goal,
 * sub-goal or statement, the definition of an indicator or conditions measure, a factor's description.
 */
export function elementText(content: CatalogueContent, key: string): string | undefined {
  for (const goal of content.goals) {
    if (goal.key === key) return goal.text;
    const sub = goal.subGoals.find((s) => s.key === key);
    if (sub) return sub.text;
  }
  const measure = content.indicators.find((i) => i.key === key) ?? content.conditions.find((c) => c.key === key);
  if (measure) return measure.definition;
  for (const factor of content.successFactors) {
    if (factor.key === key) return factor.description;
    const statement = factor.statements.find((s) => s.key === key);
    if (statement) return statement.text;
  }
  return undefined;
}

/** A copy of the content with one element's main text replaced. */
export function withElementText(content: CatalogueContent, key: string, text: string): CatalogueContent {
  return {
    goals: content.goals.map((g) => ({
      ...g,
      text: g.key === key ? text : g.text,
      subGoals: g.subGoals.map((s) => (s.key === key ? { ...s, text } : s)),
    })),
    indicators: content.indicators.map((i) => (i.key === key ? { ...i, definition: text } : i)),
    conditions: content.conditions.map((c) => (c.key === key ? { ...c, definition: text } : c)),
    successFactors: content.successFactors.map((f) => ({
      ...f,
      description: f.key === key ? text : f.description,
      statements: f.statements.map((s) => (s.key === key ? { ...s, text } : s)),
    })),
  };
}
