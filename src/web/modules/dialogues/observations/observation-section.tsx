/**
 * The pair's observation form on the case page: after the on-site dialogue, a fieldset per theme with
 * the assessment and the development needs, an internal comment, save (with the version read) and
 * submit. A submitted form is shown as it was sent.
 */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { OBSERVATION_LEVEL_LABELS, OBSERVATION_STATES, type ObservationForm } from '../../../../shared/api/dialogue-observations.ts';
import type { DialogueState } from '../../../../shared/dialogues.ts';
import { ApiError, apiResponse, asApiError } from '../../../platform/api.ts';
import { formatDateTime } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { observationText } from './dictionary.ts';
import { ErrorSummary, type SummaryProblem } from './error-summary.tsx';
import { levelControlId, ObservationTheme, type ThemeChoice } from './observation-theme.tsx';

interface Props {
  dialogueId: string;
  state: DialogueState;
}

function choicesOf(form: ObservationForm): Record<string, ThemeChoice> {
  const entries = new Map(form.entries.map((e) => [e.themeKey, e]));
  return Object.fromEntries(form.taxonomy.themes.map((theme) => {
    const entry = entries.get(theme.key);
    return [theme.key, { level: entry?.level ?? 0, needKeys: entry?.needKeys ?? [] }];
  }));
}

function SubmittedForm({ form }: { form: ObservationForm }) {
  const t = useText(observationText);
  const { lang } = useLang();
  const labels = new Map(form.taxonomy.themes.map((theme) => [theme.key, theme]));
  return (
    <div className="observation-submitted">
      <Paragraph>{t.submittedAt(formatDateTime(form.submittedAt!, lang))}</Paragraph>
      {form.entries.length === 0 ? <Paragraph>{t.noThemes}</Paragraph> : (
        <ul aria-label={t.summaryOf}>
          {form.entries.map((entry) => {
            const theme = labels.get(entry.themeKey);
            const needs = new Map(theme?.needs.map((n) => [n.key, n.label]));
            return (
              <li key={entry.themeKey}>
                <strong>{theme?.label ?? entry.themeKey}</strong>: {OBSERVATION_LEVEL_LABELS[entry.level as 1 | 2 | 3]?.[lang] ?? entry.level}
                {entry.needKeys.length > 0 ? <ul>{entry.needKeys.map((k) => <li key={k}>{needs.get(k) ?? k}</li>)}</ul> : null}
              </li>
            );
          })}
        </ul>
      )}
      {form.internalComment ? <><Heading level={3} data-size="2xs">{t.internalComment}</Heading><Paragraph className="observation-comment">{form.internalComment}</Paragraph></> : null}
    </div>
  );
}

function FormEditor({ form, onSaved, onConflict }: { form: ObservationForm; onSaved: (form: ObservationForm, message: string) => void; onConflict: () => void }) {
  const t = useText(observationText);
  const [choices, setChoices] = useState(() => choicesOf(form));
  const [comment, setComment] = useState(form.internalComment ?? '');
  const [problems, setProblems] = useState<SummaryProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  const check = () => {
    setAttempt((n) => n + 1);
    const missing = form.taxonomy.themes
      .filter((theme) => choices[theme.key]!.level === 0 && choices[theme.key]!.needKeys.length > 0)
      .map((theme) => ({ targetId: levelControlId(theme.key), message: t.levelMissing(theme.label) }));
    setProblems(missing);
    return missing.length === 0;
  };

  const put = async (): Promise<ObservationForm> => {
    const entries = form.taxonomy.themes.filter((theme) => choices[theme.key]!.level > 0)
      .map((theme) => ({ themeKey: theme.key, needKeys: choices[theme.key]!.needKeys, level: choices[theme.key]!.level }));
    const res = await apiResponse<ObservationForm>(`/api/dialogues/${form.dialogueId}/observation`, {
      method: 'PUT', headers: { 'if-match': `"${form.version}"` }, body: { entries, internalComment: comment.trim() ? comment : null },
    });
    return res.data;
  };

  const run = async (submit: boolean) => {
    setError(undefined);
    if (!check()) return;
    setBusy(true);
    try {
      let saved = await put();
      if (submit) {
        saved = (await apiResponse<ObservationForm>(`/api/dialogues/${form.dialogueId}/observation/submit`, {
          method: 'POST', headers: { 'if-match': `"${saved.version}"` },
        })).data;
      }
      onSaved(saved, submit ? t.formSubmitted : t.formSaved);
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      if (failure.status === 412) onConflict();
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event: FormEvent) => { event.preventDefault(); void run(false); }} noValidate className="observation-form">
      <ErrorSummary heading={t.errorHeading} problems={problems} attempt={attempt} level={3} />
      {error && error.status !== 412 ? <ErrorAlert error={error} announce /> : null}
      {form.taxonomy.themes.map((theme) => (
        <ObservationTheme key={theme.key} theme={theme} choice={choices[theme.key]!}
          onChange={(choice) => setChoices((current) => ({ ...current, [theme.key]: choice }))} />
      ))}
      <Textfield multiline rows={3} label={t.internalComment} description={t.internalCommentHelp} value={comment} maxLength={5000}
        onChange={(event) => setComment(event.currentTarget.value)} />
      <Paragraph data-size="sm">{t.submitHelp}</Paragraph>
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={busy}>{t.saveForm}</Button>
        <Button type="button" disabled={busy} onClick={() => void run(true)}>{t.submitForm}</Button>
      </div>
    </form>
  );
}

export function ObservationSection({ dialogueId, state }: Props) {
  const t = useText(observationText);
  const { lang } = useLang();
  // The form is the agencies' own: the organiser's representatives never see it.
  const can = useAbilities();
  const open = OBSERVATION_STATES.includes(state);
  const loaded = useApi<ObservationForm>(open && can.runDialogues ? `/api/dialogues/${dialogueId}/observation` : null);
  const [status, setStatus] = useState('');
  const form = loaded.data;
  if (!can.runDialogues) return null;

  return (
    <section aria-labelledby="observation-heading" className="observation-section">
      <Heading level={2} data-size="sm" id="observation-heading">{t.formHeading}</Heading>
      <LiveStatus>{status}</LiveStatus>
      {!open ? <Paragraph>{t.formNotYet}</Paragraph> : null}
      {open && loaded.loading && !form ? <Loading /> : null}
      {loaded.error ? <ErrorAlert error={loaded.error} /> : null}
      {form ? (
        <>
          <Paragraph data-size="sm">{form.submittedAt ? t.formPrivacy : `${t.formLead(form.taxonomy.versionNo)} ${t.formPrivacy}`}</Paragraph>
          {form.updatedAt && !form.submittedAt ? <Paragraph data-size="sm">{t.lastSaved(formatDateTime(form.updatedAt, lang), form.updatedByName)}</Paragraph> : null}
          {form.submittedAt ? <SubmittedForm form={form} /> : (
            <FormEditor key={form.version} form={form} onConflict={() => { setStatus(t.formConflict); loaded.reload(); }}
              onSaved={(saved, message) => { loaded.setData(saved); setStatus(message); }} />
          )}
        </>
      ) : null}
    </section>
  );
}
