/** The taxonomy's key rules across versions, and a form's rules against its version. */
import { describe, expect, it } from 'vitest';
import { DEMO_TAXONOMY } from './demo-taxonomy.ts';
import { formProblems } from './form-rules.ts';
import type { ObservationTheme } from './schema.ts';
import { draftProblems, publishProblems } from './taxonomy-rules.ts';

const v1: ObservationTheme[] = [
  { key: 'roller', label: 'Roller', needs: [{ key: 'roller-delegation', label: 'Delegation' }] },
  { key: 'analys', label: 'Analys', needs: [{ key: 'analys-jamforelser', label: 'Jämförelser' }] },
];
const published = [{ versionNo: 1, themes: v1 }];
const messages = (problems: { path: string; message: string }[]) => problems.map((p) => `${p.path}: ${p.message}`);

describe('taxonomy keys', () => {
  it('accepts rewording, leaving out and adding with new keys', () => {
    const next: ObservationTheme[] = [
      { key: 'roller', label: 'Roller och ansvar', needs: [{ key: 'roller-delegation', label: 'Delegationsordning' }, { key: 'roller-ny', label: 'Nytt' }] },
      { key: 'trygghet', label: 'Trygghet', needs: [{ key: 'trygghet-narvaro', label: 'Närvaro' }] },
    ];
    expect(publishProblems(next, published)).toEqual([]);
  });

  it('refuses a key twice in one version, themes and needs alike', () => {
    const twice: ObservationTheme[] = [
      { key: 'roller', label: 'Roller', needs: [{ key: 'x', label: 'X' }] },
      { key: 'x', label: 'Annat', needs: [{ key: 'roller-delegation', label: 'Delegation' }] },
    ];
    expect(messages(draftProblems(twice, []))).toEqual([
      'themes.1.key: Nyckeln "x" används redan (themes.0.needs.0.key). Varje nyckel får bara förekomma en gång.',
    ]);
  });

  it('keeps a published key\'s meaning: a theme stays a theme, a need stays under its theme', () => {
    const moved: ObservationTheme[] = [
      { key: 'analys', label: 'Analys', needs: [{ key: 'roller-delegation', label: 'Delegation' }, { key: 'roller', label: 'Roller' }] },
    ];
    expect(messages(draftProblems(moved, published))).toEqual([
      'themes.0.needs.0.key: Nyckeln "roller-delegation" betyder utvecklingsbehovet "Delegation" under ett annat tema sedan version 1 och kan inte användas här. Välj en ny nyckel.',
      'themes.0.needs.1.key: Nyckeln "roller" betyder temat "Roller" sedan version 1 och kan inte användas här. Välj en ny nyckel.',
    ]);
    const needAsTheme: ObservationTheme[] = [{ key: 'analys-jamforelser', label: 'Jämförelser', needs: [] }];
    expect(messages(draftProblems(needAsTheme, published))[0]).toMatch(/^themes\.0\.key: Nyckeln "analys-jamforelser" betyder utvecklingsbehovet "Jämförelser" sedan version 1/);
  });

  it('saves an unfinished draft but publishes only themes with needs', () => {
    const unfinished: ObservationTheme[] = [{ key: 'ny', label: 'Nytt tema', needs: [] }];
    expect(draftProblems(unfinished, published)).toEqual([]);
    expect(messages(publishProblems(unfinished, published))).toEqual(['themes.0.needs: Temat "Nytt tema" måste ha minst ett utvecklingsbehov.']);
    expect(messages(publishProblems([], published))).toEqual(['themes: Versionen måste ha minst ett tema.']);
  });

  it('has a demo taxonomy that keeps every rule, with 3–5 needs per theme', () => {
    expect(publishProblems(DEMO_TAXONOMY, [])).toEqual([]);
    expect(DEMO_TAXONOMY.length).toBeGreaterThanOrEqual(6);
    for (const theme of DEMO_TAXONOMY) expect(theme.needs.length).toBeGreaterThanOrEqual(3);
    for (const theme of DEMO_TAXONOMY) expect(theme.needs.length).toBeLessThanOrEqual(5);
  });
});

describe('observation form against its version', () => {
  it('accepts the version\'s themes and needs', () => {
    expect(formProblems([{ themeKey: 'roller', needKeys: ['roller-delegation'], level: 3 }, { themeKey: 'analys', needKeys: [], level: 1 }], v1, 1)).toEqual([]);
  });

  it('names unknown themes, needs of another theme and repeats', () => {
    expect(messages(formProblems([
      { themeKey: 'okand', needKeys: [], level: 2 },
      { themeKey: 'roller', needKeys: ['analys-jamforelser', 'roller-delegation', 'roller-delegation'], level: 2 },
      { themeKey: 'roller', needKeys: [], level: 1 },
    ], v1, 1))).toEqual([
      'entries.0.themeKey: Temat "okand" finns inte i version 1 av observationstemana.',
      'entries.1.needKeys.0: Utvecklingsbehovet "analys-jamforelser" hör inte till temat "Roller" i version 1.',
      'entries.1.needKeys.2: Utvecklingsbehovet "roller-delegation" är markerat mer än en gång under temat "Roller".',
      'entries.2.themeKey: Temat "Roller" förekommer mer än en gång.',
    ]);
  });
});
