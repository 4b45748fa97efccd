/** Adding a contact person, and ending one (which keeps them in the history with a last valid day). */
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { ContactPerson } from '../../../shared/api/registry.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { api, ApiError, asApiError, fieldError } from '../../platform/api.ts';
import { todayIso } from '../../platform/format.ts';
import { useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { registryText } from './dictionary.ts';
import { organiserText } from './organiser-dictionary.ts';

/** The server's message for one field, when it named that field. */

interface AddContactFormProps {
  organiserId: string;
  onAdded: (contact: ContactPerson) => void;
  onCancel: () => void;
}

export function AddContactForm({ organiserId, onAdded, onCancel }: AddContactFormProps) {
  const t = useText(registryText);
  const o = useText(organiserText);
  const [values, setValues] = useState({ name: '', role: '', email: '', phone: '', validFrom: todayIso() });
  const [missing, setMissing] = useState<Partial<Record<'name' | 'role' | 'validFrom', string>>>({});
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    // Read now: the updater runs later, when the event no longer has a current target.
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const nextMissing = {
      ...(values.name.trim() ? {} : { name: o.contactNameRequired }),
      ...(values.role.trim() ? {} : { role: o.contactRoleRequired }),
      ...(values.validFrom ? {} : { validFrom: o.dateRequired }),
    };
    setMissing(nextMissing);
    setError(undefined);
    if (Object.keys(nextMissing).length > 0) return;
    setSaving(true);
    try {
      const contact = await api<ContactPerson>(`/api/organisers/${organiserId}/contacts`, {
        method: 'POST',
        body: {
          name: values.name.trim(),
          role: values.role.trim(),
          email: values.email.trim() || null,
          phone: values.phone.trim() || null,
          validFrom: values.validFrom,
        },
      });
      onAdded(contact);
    } catch (caught) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="add-contact-heading" noValidate>
      <Heading level={3} data-size="xs" id="add-contact-heading">{o.addContactHeading}</Heading>
      {error ? <ErrorAlert error={error} announce /> : null}
      <Textfield label={t.colName} value={values.name} onChange={set('name')} required maxLength={LIMITS.nameMax} autoComplete="off"
        error={missing.name ?? fieldError(error, 'name')} />
      <Textfield label={o.colRole} description={o.contactRoleHelp} value={values.role} onChange={set('role')} required maxLength={100}
        error={missing.role ?? fieldError(error, 'role')} />
      <Textfield label={`${o.colEmail} ${o.optional}`} type="email" value={values.email} onChange={set('email')} maxLength={254} autoComplete="off"
        error={fieldError(error, 'email')} />
      <Textfield label={`${o.colPhone} ${o.optional}`} type="tel" value={values.phone} onChange={set('phone')} maxLength={40} autoComplete="off"
        error={fieldError(error, 'phone')} />
      <Textfield label={o.colValidFrom} type="date" value={values.validFrom} onChange={set('validFrom')} required
        error={missing.validFrom ?? fieldError(error, 'validFrom')} />
      <div className="form-actions">
        <Button type="submit" loading={saving}>{o.addContact}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>{o.cancel}</Button>
      </div>
    </form>
  );
}

interface EndContactFormProps {
  contact: ContactPerson;
  onEnded: (contact: ContactPerson) => void;
  onCancel: () => void;
}

export function EndContactForm({ contact, onEnded, onCancel }: EndContactFormProps) {
  const o = useText(organiserText);
  const [validTo, setValidTo] = useState(todayIso());
  const [error, setError] = useState<ApiError>();
  const [missing, setMissing] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setError(undefined);
    setMissing(validTo ? undefined : o.dateRequired);
    if (!validTo) return;
    setSaving(true);
    try {
      onEnded(await api<ContactPerson>(`/api/contacts/${contact.id}/end`, { method: 'POST', body: { validTo, version: contact.version } }));
    } catch (caught) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };

  return (
    <form className="end-form" onSubmit={(event) => void submit(event)} aria-label={o.endFormLabel(contact.name)} noValidate>
      {error ? <ErrorAlert error={error} announce /> : null}
      <Textfield label={o.endDate} type="date" value={validTo} min={contact.validFrom} onChange={(event) => setValidTo(event.currentTarget.value)}
        required error={missing ?? fieldError(error, 'validTo')} />
      <div className="form-actions">
        <Button type="submit" data-size="sm" loading={saving}>{o.confirmEnd}</Button>
        <Button type="button" data-size="sm" variant="secondary" onClick={onCancel}>{o.cancel}</Button>
      </div>
    </form>
  );
}
