/** The pair records an action the organiser reported: what, which theme it answers, how far it has come, when. */
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionList, type ActionStatus } from '../../../../shared/api/dialogue-feedback.ts';
import { api, ApiError, asApiError, fieldError } from '../../../platform/api.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { todayIso } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert } from '../../../platform/status.tsx';
import { feedbackText } from './dictionary.ts';

interface Props {
  dialogueId: string;
  themes: { key: string; label: string }[];
  onAdded: (list: ActionList) => void;
}


export function ActionForm({ dialogueId, themes, onAdded }: Props) {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const [text, setText] = useState('');
  const [themeKey, setThemeKey] = useState('');
  const [status, setStatus] = useState<ActionStatus>('planned');
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setMissing(!text.trim());
    if (!text.trim() || saving) return;
    setSaving(true);
    try {
      onAdded(await api<ActionList>(`/api/dialogues/${dialogueId}/actions`, {
        method: 'POST', body: { text: text.trim(), themeKey: themeKey || null, status, reportedOn },
      }));
      setText('');
      setThemeKey('');
      setStatus('planned');
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="action-form" onSubmit={(event) => void submit(event)} aria-labelledby="action-form-heading" noValidate>
      <Heading level={3} data-size="xs" id="action-form-heading">{t.addHeading}</Heading>
      {error ? <ErrorAlert error={error} announce /> : null}
      <Textfield multiline rows={2} label={t.actionText} description={t.actionTextHelp} value={text} maxLength={2000} required
        onChange={(e) => setText(e.currentTarget.value)} error={missing ? t.textMissing : fieldError(error, 'text')} />
      <SelectField label={t.actionTheme} value={themeKey} onChange={setThemeKey} emptyLabel={t.noTheme}
        options={themes.map((theme) => ({ value: theme.key, label: theme.label }))} />
      <SelectField label={t.actionStatus} value={status} onChange={(v) => setStatus(v as ActionStatus)}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s][lang] }))} />
      <Textfield type="date" label={t.reportedOn} value={reportedOn} max={todayIso()} required
        onChange={(e) => setReportedOn(e.currentTarget.value)} error={fieldError(error, 'reportedOn')} />
      <div className="form-actions">
        <Button type="submit" disabled={saving}>{t.add}</Button>
      </div>
    </form>
  );
}
