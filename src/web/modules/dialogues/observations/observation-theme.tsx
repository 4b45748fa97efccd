/** One theme of the observation form: the assessment (or "not discussed") and its development needs. */
import { Checkbox, Fieldset, Radio } from '@digdir/designsystemet-react';
import { OBSERVATION_LEVEL_LABELS, OBSERVATION_LEVELS } from '../../../../shared/api/dialogue-observations.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { observationText } from './dictionary.ts';

export interface ThemeChoice {
  /** 0: not discussed in the dialogue (no entry). */
  level: number;
  needKeys: string[];
}

interface Props {
  theme: { key: string; label: string; description?: string | undefined; needs: { key: string; label: string }[] };
  choice: ThemeChoice;
  onChange: (choice: ThemeChoice) => void;
}

/** The id of the control the error summary moves focus to. */
export const levelControlId = (themeKey: string) => `observation-${themeKey}-level-0`;

export function ObservationTheme({ theme, choice, onChange }: Props) {
  const t = useText(observationText);
  const { lang } = useLang();
  const toggle = (key: string, checked: boolean) => {
    const next = new Set(choice.needKeys);
    if (checked) next.add(key);
    else next.delete(key);
    // The taxonomy's own order, whatever the order of the clicks.
    onChange({ ...choice, needKeys: theme.needs.map((n) => n.key).filter((k) => next.has(k)) });
  };
  return (
    <Fieldset className="observation-theme" data-size="sm">
      <Fieldset.Legend>{theme.label}</Fieldset.Legend>
      {theme.description ? <Fieldset.Description>{theme.description}</Fieldset.Description> : null}
      <div className="observation-theme-parts">
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t.levelLegend}</Fieldset.Legend>
          {[0, ...OBSERVATION_LEVELS].map((level) => (
            <Radio key={level} id={`observation-${theme.key}-level-${level}`} name={`observation-${theme.key}-level`} value={String(level)}
              label={level === 0 ? t.notNoted : `${level} – ${OBSERVATION_LEVEL_LABELS[level as 1 | 2 | 3][lang]}`}
              checked={choice.level === level} onChange={() => onChange({ ...choice, level })} />
          ))}
        </Fieldset>
        <Fieldset data-size="sm">
          <Fieldset.Legend>{t.needsOf(theme.label)}</Fieldset.Legend>
          {theme.needs.map((need) => (
            <Checkbox key={need.key} label={need.label} value={need.key} checked={choice.needKeys.includes(need.key)}
              onChange={(event) => toggle(need.key, event.currentTarget.checked)} />
          ))}
        </Fieldset>
      </div>
    </Fieldset>
  );
}
