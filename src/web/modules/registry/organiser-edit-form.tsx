/**
 * Editing name, status and concern. The request carries the version the user saw (If-Match), so a
 * change someone else made meanwhile is refused with 412 and explained, never overwritten.
 */
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { OrganiserDetail } from '../../../shared/api/registry.ts';
import { LIMITS } from '../../../shared/limits.ts';
import type { OrganiserStatus } from '../../../shared/organiser.ts';
import { ApiError, apiResponse, asApiError } from '../../platform/api.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { registryText } from './dictionary.ts';
import { statusOptions } from './labels.ts';
import { organiserText } from './organiser-dictionary.ts';

interface OrganiserPatch {
  name?: string;
  status?: OrganiserStatus;
  concernName?: string | null;
}

interface EditFormProps {
  organiser: OrganiserDetail;
  /** The ETag of the loaded organiser; the version in the body when the header is missing. */
  etag: string | null;
  onSaved: (organiser: OrganiserDetail, etag: string | null) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function OrganiserEditForm({ organiser, etag, onSaved, onCancel, onReload }: EditFormProps) {
  const t = useText(registryText);
  const o = useText(organiserText);
  const { lang } = useLang();
  const [name, setName] = useState(organiser.name);
  const [status, setStatus] = useState<OrganiserStatus>(organiser.status);
  const [concern, setConcern] = useState(organiser.concern?.name ?? '');
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [unchanged, setUnchanged] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setError(undefined);
    setUnchanged(false);
    if (!name.trim()) {
      setNameError(o.nameRequired);
      return;
    }
    setNameError(undefined);
    const patch: OrganiserPatch = {};
    if (name.trim() !== organiser.name) patch.name = name.trim();
    if (status !== organiser.status) patch.status = status;
    const concernName = concern.trim() || null;
    if (concernName !== (organiser.concern?.name ?? null)) patch.concernName = concernName;
    if (Object.keys(patch).length === 0) {
      setUnchanged(true);
      return;
    }
    setSaving(true);
    try {
      const response = await apiResponse<OrganiserDetail>(`/api/organisers/${organiser.id}`, {
        method: 'PATCH',
        body: patch,
        headers: { 'if-match': etag ?? `"${organiser.version}"` },
      });
      onSaved(response.data, response.headers.get('etag'));
    } catch (caught) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };

  const conflict = error?.status === 412;
  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="edit-heading" noValidate>
      <Heading level={2} data-size="xs" id="edit-heading">{o.editHeading}</Heading>
      {error ? (
        <ErrorAlert error={error} message={conflict ? o.versionConflict : undefined} announce>
          {conflict ? <Button variant="secondary" data-size="sm" onClick={onReload}>{o.reload}</Button> : null}
        </ErrorAlert>
      ) : null}
      {unchanged ? <Alert data-color="info" role="status"><Paragraph>{o.noChanges}</Paragraph></Alert> : null}
      <Textfield
        label={t.colName}
        value={name}
        required
        maxLength={LIMITS.nameMax}
        error={nameError}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <SelectField label={t.colStatus} value={status} options={statusOptions(lang)} onChange={(value) => setStatus(value as OrganiserStatus)} />
      <Textfield
        label={o.concernLabel}
        description={o.concernHelp}
        value={concern}
        maxLength={LIMITS.nameMax}
        onChange={(event) => setConcern(event.currentTarget.value)}
      />
      <div className="form-actions">
        <Button type="submit" loading={saving}>{saving ? o.saving : o.save}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>{o.cancel}</Button>
      </div>
    </form>
  );
}
