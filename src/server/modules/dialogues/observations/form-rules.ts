/**
 * The rules of an observation form against its taxonomy version: each theme once, only that
 * version's themes, and under each theme only its own development needs, each once.
 */
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { ObservationEntry, ObservationTheme } from './schema.ts';

const detail = (path: string, message: string): ErrorDetail => ({ path, field: path, message });

export function formProblems(entries: readonly ObservationEntry[], themes: readonly ObservationTheme[], versionNo: number): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const byKey = new Map(themes.map((t) => [t.key, t]));
  const seenThemes = new Set<string>();
  entries.forEach((entry, i) => {
    const theme = byKey.get(entry.themeKey);
    if (!theme) {
      problems.push(detail(`entries.${i}.themeKey`, `Temat "${entry.themeKey}" finns inte i version ${versionNo} av observationstemana.`));
      return;
    }
    if (seenThemes.has(theme.key)) problems.push(detail(`entries.${i}.themeKey`, `Temat "${theme.label}" förekommer mer än en gång.`));
    seenThemes.add(theme.key);
    const own = new Set(theme.needs.map((n) => n.key));
    const seenNeeds = new Set<string>();
    entry.needKeys.forEach((needKey, n) => {
      if (!own.has(needKey)) {
        problems.push(detail(`entries.${i}.needKeys.${n}`, `Utvecklingsbehovet "${needKey}" hör inte till temat "${theme.label}" i version ${versionNo}.`));
      } else if (seenNeeds.has(needKey)) {
        problems.push(detail(`entries.${i}.needKeys.${n}`, `Utvecklingsbehovet "${needKey}" är markerat mer än en gång under temat "${theme.label}".`));
      }
      seenNeeds.add(needKey);
    });
  });
  return problems;
}
