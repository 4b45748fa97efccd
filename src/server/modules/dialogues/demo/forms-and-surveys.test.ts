/**
 * The demo's observation forms and survey answers: one form after each on-site dialogue held before
 * the demo's today, two to four themes each with the needs their level calls for; surveys from 2023
 * answered at the published response rate of each size exactly, and agreement near the published
 * findings; the same seed gives the same data.
 */
import { describe, expect, it } from 'vitest';
import type { SizeClass } from '../../../../shared/organiser.ts';
import { DEFAULT_DEMO_SEED, generateDemoDataset } from '../../demo/generate.ts';
import { loadReferenceMunicipalities } from '../../demo/reference.ts';
import { DEMO_TAXONOMY } from '../observations/demo-taxonomy.ts';
import { AGREEMENT, generateFormsAndSurveys, SURVEY_RESPONSE_RATE } from './forms-and-surveys.ts';
import { generateDialogueHistory } from './history.ts';

const municipalities = loadReferenceMunicipalities();
const dataset = generateDemoDataset({ seed: DEFAULT_DEMO_SEED, municipalities });
const history = generateDialogueHistory({ dataset, municipalities, seed: DEFAULT_DEMO_SEED });
const data = generateFormsAndSurveys(history, DEMO_TAXONOMY);
const sizeOf = new Map(history.organisers.map((o) => [o.key, o.sizeClass]));
const dialogueOf = new Map(history.dialogues.map((d) => [d.key, d]));

describe('demo observation forms', () => {
  it('follow every on-site dialogue held before today, a few days later', () => {
    const held = history.dialogues.filter((d) => d.transitions.some((t) => t.event === 'hold_physical'));
    expect(data.forms.length).toBeGreaterThan(held.length - 20);
    expect(data.forms.length).toBeLessThanOrEqual(held.length);
    for (const form of data.forms) {
      const onSite = dialogueOf.get(form.dialogueKey)!.transitions.find((t) => t.event === 'hold_physical')!.at;
      expect(form.submittedAt > onSite).toBe(true);
      expect(form.submittedAt < `${history.today}T00:00:00.000Z`).toBe(true);
    }
  });

  it('note two to four themes of the taxonomy, with needs unless the theme is a strength', () => {
    const themes = new Map(DEMO_TAXONOMY.map((t) => [t.key, new Set(t.needs.map((n) => n.key))]));
    for (const { entries } of data.forms) {
      expect(entries.length).toBeGreaterThanOrEqual(2);
      expect(entries.length).toBeLessThanOrEqual(4);
      expect(new Set(entries.map((e) => e.themeKey)).size).toBe(entries.length);
      for (const e of entries) {
        expect(themes.get(e.themeKey)).toBeDefined();
        expect(e.needKeys.every((k) => themes.get(e.themeKey)!.has(k))).toBe(true);
        if (e.level === 1) expect(e.needKeys).toEqual([]);
        else expect([1, 2]).toContain(e.needKeys.length);
      }
    }
    const share = (key: string) => data.forms.filter((f) => f.entries.some((e) => e.themeKey === key)).length / data.forms.length;
    expect(share('uppfoljning-och-analys')).toBeGreaterThan(share('skolformsspecifika-fragor'));
  });
});

describe('demo survey answers', () => {
  const closed = data.surveys.filter((s) => s.expiresAt < `${history.today}T00:00:00.000Z`);

  it('go to the organisers after every feedback meeting from 2023, without naming anyone', () => {
    expect(data.surveys.every((s) => s.sentAt >= '2023-01-01')).toBe(true);
    expect(closed.length).toBeGreaterThan(500);
    for (const s of data.surveys) for (const r of s.responses) expect(Object.keys(r).sort()).toEqual(['answers', 'submittedAt']);
  });

  it('are answered at the published response rate of each size', () => {
    for (const size of ['small', 'medium', 'large'] as SizeClass[]) {
      const ofSize = closed.filter((s) => sizeOf.get(dialogueOf.get(s.dialogueKey)!.organiserKey) === size);
      const rate = ofSize.filter((s) => s.responses.length > 0).length / ofSize.length;
      expect(Math.abs(rate - SURVEY_RESPONSE_RATE[size]), `${size}: ${ofSize.length} surveys`).toBeLessThan(0.005);
    }
  });

  it('agree about as the published findings', () => {
    const responses = data.surveys.flatMap((s) => s.responses.map((r) => ({ size: sizeOf.get(dialogueOf.get(s.dialogueKey)!.organiserKey)!, answers: r.answers })));
    const agreeing = (key: string, sizes: SizeClass[]) => {
      const rated = responses.filter((r) => sizes.includes(r.size) && r.answers[key] !== null);
      return rated.filter((r) => r.answers[key]! >= 4).length / rated.length;
    };
    const shares = Object.fromEntries(Object.keys(AGREEMENT).map((key) => [key, [agreeing(key, ['small', 'medium']), agreeing(key, ['large'])]]));
    // Nearly nine in ten small and medium organisers, two in three large: the dialogue was adapted to our needs.
    expect(Math.abs(shares['relevant-to-our-situation']![0]! - 0.88)).toBeLessThan(0.04);
    expect(Math.abs(shares['relevant-to-our-situation']![1]! - 0.67)).toBeLessThan(0.08);
    // Two thirds: a better understanding of analysing causes.
    expect(Math.abs(agreeing('analysis-basis-helped', ['small', 'medium', 'large']) - 0.67)).toBeLessThan(0.04);
  });

  it('come out the same for the same seed', () => {
    const again = generateFormsAndSurveys(history, DEMO_TAXONOMY);
    expect(again).toEqual(data);
  });
});
