/** The analysts' counts: distinct forms and organisers, groups, years and suppression of small cells. */
import { describe, expect, it } from 'vitest';
import type { OrganiserKind, SizeClass } from '../../../../shared/organiser.ts';
import { suppress } from './grouping.ts';
import { summariseObservations, themeIndex, type FormRowForSummary } from './summary.ts';

const themes = themeIndex([
  { versionNo: 1, status: 'published', themes: [{ key: 'a', label: 'A gammal', needs: [{ key: 'a1', label: 'A1' }, { key: 'a-old', label: 'Borttagen' }] }] },
  { versionNo: 2, status: 'published', themes: [{ key: 'b', label: 'B', needs: [{ key: 'b1', label: 'B1' }] }, { key: 'a', label: 'A', needs: [{ key: 'a1', label: 'A1 ny' }] }] },
  { versionNo: 3, status: 'draft', themes: [{ key: 'utkast', label: 'Utkast', needs: [] }] },
]);

function form(i: number, opts: { year?: number; sizeClass?: SizeClass; kind?: OrganiserKind; themes?: string[] } = {}): FormRowForSummary {
  return {
    formId: `f${i}`, organiserId: `o${i}`, submittedAt: new Date(`${opts.year ?? 2025}-06-01T10:00:00Z`),
    sizeClass: opts.sizeClass ?? 'medium', kind: opts.kind ?? 'kommun',
    entries: (opts.themes ?? ['a']).map((key) => ({ themeKey: key, needKeys: key === 'a' ? ['a1'] : [], level: 2 as const })),
  };
}

describe('observation summary', () => {
  it('orders themes as the latest published version, keeps older keys, ignores drafts, newest label wins', () => {
    expect(themes.map((t) => `${t.key}:${t.label}`)).toEqual(['b:B', 'a:A']);
    expect(themes[1]!.needs.map((n) => n.label)).toEqual(['A1 ny', 'Borttagen']);
  });

  it('counts forms and distinct organisers, and suppresses cells under the minimum', () => {
    const rows = [...Array.from({ length: 6 }, (_, i) => form(i, { themes: i < 4 ? ['a', 'b'] : ['a'] })), { ...form(0), formId: 'f0-second' }];
    const summary = summariseObservations({ rows, themes, groupBy: 'none', minGroupSize: 5 });
    const [group] = summary.groups;
    expect(group).toMatchObject({ year: 2025, group: 'all', forms: 7, organisers: 6, suppressed: false });
    const a = group!.themes.find((t) => t.key === 'a')!;
    expect(a).toMatchObject({ forms: 7, organisers: 6, suppressed: false });
    expect(a.needs.find((n) => n.key === 'a1')).toMatchObject({ forms: 7, organisers: 6 });
    expect(group!.themes.find((t) => t.key === 'b')).toMatchObject({ forms: null, organisers: null, suppressed: true });
  });

  it('splits by year and group, hiding a small group and, when it is alone, the next smallest', () => {
    const rows = [
      ...Array.from({ length: 7 }, (_, i) => form(i, { sizeClass: 'large' })),
      ...Array.from({ length: 6 }, (_, i) => form(10 + i, { sizeClass: 'medium' })),
      ...Array.from({ length: 2 }, (_, i) => form(20 + i, { sizeClass: 'small' })),
      ...Array.from({ length: 5 }, (_, i) => form(30 + i, { sizeClass: 'large', year: 2024, kind: 'aktiebolag' })),
    ];
    const summary = summariseObservations({ rows, themes, groupBy: 'sizeClass', minGroupSize: 5 });
    const at = (year: number, group: string) => summary.groups.find((g) => g.year === year && g.group === group)!;
    expect(at(2025, 'small')).toMatchObject({ suppressed: true, forms: null, themes: [] });
    // Otherwise "all" minus large minus medium would give the small group away.
    expect(at(2025, 'medium')).toMatchObject({ suppressed: true, forms: null });
    expect(at(2025, 'large')).toMatchObject({ suppressed: false, forms: 7, organisers: 7 });
    expect(at(2024, 'large')).toMatchObject({ suppressed: false, forms: 5 });
    expect(summariseObservations({ rows, themes, groupBy: 'kindGroup', year: 2024, minGroupSize: 5 }).groups.map((g) => `${g.group}:${g.forms}`))
      .toEqual(['public:null', 'private:5']);
    // Two small groups that together reach the minimum protect each other.
    expect(suppress([{ organisers: 3, suppressed: false }, { organisers: 2, suppressed: false }, { organisers: 8, suppressed: false }], 5, true)
      .map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it('hides the smallest shown cell while the hidden remainder is small, but not more than needed', () => {
    const cells = suppress([{ organisers: 3, suppressed: false }, { organisers: 9, suppressed: false }, { organisers: 7, suppressed: false }], 5, true);
    expect(cells.map((c) => c.suppressed)).toEqual([true, false, true]);
    expect(suppress([{ organisers: 3, suppressed: false }, { organisers: 9, suppressed: false }], 5, false).map((c) => c.suppressed)).toEqual([true, false]);
  });
});
