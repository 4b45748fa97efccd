/**
 * The steward's editor of a taxonomy draft: rename, add and remove themes and development needs, save
 * (with the version read, so that a concurrent change is reported, never overwritten) and publish.
 */
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { TaxonomyDetail } from '../../../../shared/api/dialogue-observations.ts';
import { ApiError, apiResponse, asApiError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ErrorAlert } from '../../../platform/status.tsx';
import { observationText } from './dictionary.ts';
import { ErrorSummary, type SummaryProblem } from './error-summary.tsx';
import { localId, toEditable, toThemes, type EditableTheme } from './taxonomy-draft.ts';

interface Props {
  draft: TaxonomyDetail;
  /** A new state of the draft (saved or published), with the message to announce. */
  onChanged: (detail: TaxonomyDetail | null, message: string) => void;
}

export function TaxonomyEditor({ draft, onChanged }: Props) {
  const t = useText(observationText);
  const [themes, setThemes] = useState<EditableTheme[]>(() => toEditable(draft.themes));
  const [dirty, setDirty] = useState(false);
  const [problems, setProblems] = useState<SummaryProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string>();

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const change = (next: EditableTheme[]) => {
    setThemes(next);
    setDirty(true);
  };
  const updateTheme = (id: string, patch: Partial<EditableTheme>) => change(themes.map((x) => (x.id === id ? { ...x, ...patch } : x)));

  const addTheme = () => {
    const theme = { id: localId(), key: '', label: '', description: '', needs: [{ id: localId(), key: '', label: '' }] };
    change([...themes, theme]);
    setFocusId(`${theme.id}-label`);
  };
  const removeTheme = (id: string) => {
    change(themes.filter((x) => x.id !== id));
    setFocusId('taxonomy-add-theme');
  };
  const addNeed = (theme: EditableTheme) => {
    const need = { id: localId(), key: '', label: '' };
    updateTheme(theme.id, { needs: [...theme.needs, need] });
    setFocusId(`${need.id}-label`);
  };
  const removeNeed = (theme: EditableTheme, needId: string) => {
    updateTheme(theme.id, { needs: theme.needs.filter((n) => n.id !== needId) });
    setFocusId(`${theme.id}-add-need`);
  };

  const failed = (caught: unknown) => {
    const failure = asApiError(caught);
    setError(failure);
    // Someone else saved in between: show their version (this editor is replaced) with the reason.
    if (failure.status === 412) onChanged(null, t.conflict);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setError(undefined);
    const missing = themes.flatMap((theme, i) => [
      ...(theme.label.trim() ? [] : [{ targetId: `${theme.id}-label`, message: t.themeLabelMissing(i + 1) }]),
      ...theme.needs.flatMap((n, j) => (n.label.trim() ? [] : [{ targetId: `${n.id}-label`, message: t.needLabelMissing(i + 1, j + 1) }])),
    ]);
    setProblems(missing);
    if (missing.length > 0) return;
    setBusy(true);
    try {
      const res = await apiResponse<TaxonomyDetail>(`/api/observation-taxonomies/${draft.id}/themes`, {
        method: 'PUT', headers: { 'if-match': `"${draft.version}"` }, body: { themes: toThemes(themes) },
      });
      onChanged(res.data, t.saved);
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const res = await apiResponse<TaxonomyDetail>(`/api/observation-taxonomies/${draft.id}/publish`, { method: 'POST', headers: { 'if-match': `"${draft.version}"` } });
      onChanged(res.data, t.publishedNow(res.data.versionNo));
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="taxonomy-edit-heading" className="taxonomy-editor">
      <Heading level={2} data-size="sm" id="taxonomy-edit-heading">{t.editHeading(draft.versionNo)}</Heading>
      <Paragraph data-size="sm">{t.keyRules}</Paragraph>
      <form onSubmit={(event) => void save(event)} noValidate>
        <ErrorSummary heading={t.errorHeading} problems={problems} attempt={attempt} level={3} />
        {error ? <ErrorAlert error={error} announce /> : null}
        {themes.map((theme, i) => (
          <Fieldset key={theme.id} className="taxonomy-theme" data-size="sm">
            <Fieldset.Legend>{t.themeLegend(i + 1, theme.label)}</Fieldset.Legend>
            <Paragraph data-size="xs" className="taxonomy-key">{theme.key ? t.keyOf(theme.key) : t.newKey}</Paragraph>
            <Textfield id={`${theme.id}-label`} label={t.themeLabel} value={theme.label} maxLength={200} required
              onChange={(e) => updateTheme(theme.id, { label: e.currentTarget.value })} />
            <Textfield multiline rows={2} label={t.themeDescription} value={theme.description} maxLength={1000}
              onChange={(e) => updateTheme(theme.id, { description: e.currentTarget.value })} />
            <Fieldset className="taxonomy-needs" data-size="sm">
              <Fieldset.Legend>{t.needsLegend}</Fieldset.Legend>
              {theme.needs.map((need, n) => (
                <div key={need.id} className="taxonomy-need">
                  <Textfield id={`${need.id}-label`} label={t.needLabel(n + 1)} value={need.label} maxLength={200} required
                    description={need.key ? t.keyOf(need.key) : t.newKey}
                    onChange={(e) => updateTheme(theme.id, { needs: theme.needs.map((x) => (x.id === need.id ? { ...x, label: e.currentTarget.value } : x)) })} />
                  <Button variant="tertiary" data-size="sm" type="button" aria-label={t.removeNeed(need.label || t.needLabel(n + 1))}
                    onClick={() => removeNeed(theme, need.id)}>{t.remove}</Button>
                </div>
              ))}
              <Button id={`${theme.id}-add-need`} variant="secondary" data-size="sm" type="button" onClick={() => addNeed(theme)}>{t.addNeed}</Button>
            </Fieldset>
            <Button variant="tertiary" data-size="sm" type="button" data-color="danger" aria-label={t.removeTheme(theme.label || t.themeLegend(i + 1, ''))}
              onClick={() => removeTheme(theme.id)}>{t.removeThemeText}</Button>
          </Fieldset>
        ))}
        <div className="form-actions">
          <Button id="taxonomy-add-theme" variant="secondary" type="button" onClick={addTheme}>{t.addTheme}</Button>
          <Button type="submit" disabled={busy}>{t.saveDraft}</Button>
        </div>
      </form>
      <div className="taxonomy-publish">
        <Paragraph data-size="sm">{dirty ? `${t.unsaved} ${t.publishHelp}` : t.publishHelp}</Paragraph>
        <Button variant="primary" onClick={() => void publish()} disabled={busy || dirty}>{t.publish}</Button>
      </div>
    </section>
  );
}
