/** Creating an API key; the new key is shown once, with its heading focused so that it is read first. */
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiKeyCreated } from '../../../shared/api/api-keys.ts';
import { api, ApiError, asApiError, fieldError } from '../../platform/api.ts';
import { useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { apiKeysText } from './api-keys-dictionary.ts';

export function ApiKeyForm({ onCreated }: { onCreated: (created: ApiKeyCreated) => void }) {
  const t = useText(apiKeysText);
  const [name, setName] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [missing, setMissing] = useState<{ name?: string; contactEmail?: string }>({});
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<ApiKeyCreated>();
  const createdHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (created) createdHeading.current?.focus();
  }, [created]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const nextMissing = {
      ...(name.trim() ? {} : { name: t.nameRequired }),
      ...(contactEmail.trim() ? {} : { contactEmail: t.emailRequired }),
    };
    setMissing(nextMissing);
    setError(undefined);
    if (Object.keys(nextMissing).length > 0) return;
    setSaving(true);
    try {
      const answer = await api<ApiKeyCreated>('/api/api-keys', { method: 'POST', body: { name: name.trim(), contactEmail: contactEmail.trim() } });
      setCreated(answer);
      setName('');
      setContactEmail('');
      onCreated(answer);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {created ? (
        <Alert data-color="success" className="api-key-created">
          <Heading level={3} data-size="xs" ref={createdHeading} tabIndex={-1}>{t.createdHeading}</Heading>
          <Paragraph>{t.createdText(created.key.name)}</Paragraph>
          <Textfield label={t.secretLabel} value={created.secret} readOnly onFocus={(event) => event.currentTarget.select()} className="api-key-secret" />
        </Alert>
      ) : null}
      <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="api-key-form-heading" noValidate>
        <Heading level={2} data-size="xs" id="api-key-form-heading">{t.createHeading}</Heading>
        {error ? <ErrorAlert error={error} announce /> : null}
        <Textfield label={t.name} description={t.nameHelp} value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={120}
          autoComplete="off" error={missing.name ?? fieldError(error, 'name')} />
        <Textfield label={t.contactEmail} description={t.contactEmailHelp} type="email" value={contactEmail} onChange={(event) => setContactEmail(event.currentTarget.value)}
          required maxLength={254} autoComplete="off" error={missing.contactEmail ?? fieldError(error, 'contactEmail')} />
        <div className="form-actions">
          <Button type="submit" loading={saving}>{t.create}</Button>
        </div>
      </form>
    </>
  );
}
