/**
 * The rules a taxonomy draft must keep, as Swedish messages naming the place of each problem.
 *
 * Keys are the identity the national picture counts by, across versions. Therefore:
 * - every key occurs once in a version (themes and needs share one set of keys);
 * - a key that a published version used keeps its meaning: a theme key stays a theme, and a need key
 *   stays a need under the same theme. The label may be reworded (a clearer text for the same
 *   thing), a theme or need may be left out of a later version and brought back, but something new
 *   always gets a new key. (Whether a reworded label still means the same is the steward's call; the
 *   structure is what the system can check.)
 * Publishing also needs at least one theme and at least one need under every theme.
 */
import type { ErrorDetail } from '../../../../shared/errors.ts';
import type { ObservationTheme } from './schema.ts';

interface PublishedVersion {
  versionNo: number;
  themes: ObservationTheme[];
}

/** Where a key first stood in the published versions: as a theme, or as a need under a theme. */
interface KeyMeaning {
  role: 'theme' | 'need';
  themeKey: string | null;
  versionNo: number;
  label: string;
}

export function publishedKeys(versions: readonly PublishedVersion[]): Map<string, KeyMeaning> {
  const keys = new Map<string, KeyMeaning>();
  // Oldest first, so that the message names the version that gave the key its meaning.
  for (const v of [...versions].sort((a, b) => a.versionNo - b.versionNo)) {
    for (const theme of v.themes) {
      if (!keys.has(theme.key)) keys.set(theme.key, { role: 'theme', themeKey: null, versionNo: v.versionNo, label: theme.label });
      for (const need of theme.needs) {
        if (!keys.has(need.key)) keys.set(need.key, { role: 'need', themeKey: theme.key, versionNo: v.versionNo, label: need.label });
      }
    }
  }
  return keys;
}

const detail = (path: string, message: string): ErrorDetail => ({ path, field: path, message });

/** Problems that stop a draft from being saved. */
export function draftProblems(themes: readonly ObservationTheme[], published: readonly PublishedVersion[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const known = publishedKeys(published);
  const seen = new Map<string, string>();
  const claim = (key: string, path: string) => {
    const first = seen.get(key);
    if (first) problems.push(detail(path, `Nyckeln "${key}" används redan (${first}). Varje nyckel får bara förekomma en gång.`));
    else seen.set(key, path);
  };
  themes.forEach((theme, t) => {
    const themePath = `themes.${t}`;
    claim(theme.key, `${themePath}.key`);
    const before = known.get(theme.key);
    if (before && before.role !== 'theme') {
      problems.push(detail(`${themePath}.key`, `Nyckeln "${theme.key}" betyder utvecklingsbehovet "${before.label}" sedan version ${before.versionNo} och kan inte användas för ett tema. Välj en ny nyckel.`));
    }
    theme.needs.forEach((need, n) => {
      const needPath = `${themePath}.needs.${n}`;
      claim(need.key, `${needPath}.key`);
      const earlier = known.get(need.key);
      if (earlier && (earlier.role !== 'need' || earlier.themeKey !== theme.key)) {
        const meaning = earlier.role === 'theme' ? `temat "${earlier.label}"` : `utvecklingsbehovet "${earlier.label}" under ett annat tema`;
        problems.push(detail(`${needPath}.key`, `Nyckeln "${need.key}" betyder ${meaning} sedan version ${earlier.versionNo} och kan inte användas här. Välj en ny nyckel.`));
      }
    });
  });
  return problems;
}

/** Problems that stop a draft from being published (in addition to those of a save). */
export function publishProblems(themes: readonly ObservationTheme[], published: readonly PublishedVersion[]): ErrorDetail[] {
  const problems = draftProblems(themes, published);
  if (themes.length === 0) problems.push(detail('themes', 'Versionen måste ha minst ett tema.'));
  themes.forEach((theme, t) => {
    if (theme.needs.length === 0) problems.push(detail(`themes.${t}.needs`, `Temat "${theme.label}" måste ha minst ett utvecklingsbehov.`));
  });
  return problems;
}
