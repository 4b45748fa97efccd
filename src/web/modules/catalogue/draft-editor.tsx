/**
 * The steward's draft: create it from the latest version, rewrite an element's text (saved with the
 * version read, so a concurrent change is reported, never overwritten) and publish it.
 */
import { Button, Heading, Paragraph, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CatalogueVersion } from '../../../shared/api/catalogue.ts';
import { catalogueElements, elementText, withElementText } from '../../../shared/catalogue-elements.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { catalogueText } from './dictionary.ts';

export function CreateDraft({ onCreated }: { onCreated: (id: string) => void }) {
  const t = useText(catalogueText);
  const [label, setLabel] = useState(`${t.draftLabelDefault} ${new Date().getFullYear()}`);
  const [error, setError] = useState<ApiError>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const draft = await api<CatalogueVersion>('/api/catalogue/drafts', { method: 'POST', body: { label } });
      onCreated(draft.id);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <section aria-labelledby="draft-heading" className="catalogue-panel">
      <Heading level={2} data-size="sm" id="draft-heading">{t.draftHeading}</Heading>
      <form onSubmit={submit} className="inline-form">
        <Textfield label={t.draftLabel} value={label} onChange={(e) => setLabel(e.currentTarget.value)} maxLength={200} />
        <Button type="submit">{t.createDraft}</Button>
      </form>
      {error ? <ErrorAlert error={error} announce /> : null}
    </section>
  );
}

/** `onChanged` gets the message to announce; the page shows it, since publishing ends the draft. */
export function DraftEditor({ draft, onChanged }: { draft: CatalogueVersion; onChanged: (notice?: string) => void }) {
  const t = useText(catalogueText);
  const elements = catalogueElements(draft.content);
  const [key, setKey] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<ApiError>();

  const choose = (next: string) => {
    setKey(next);
    setText(elementText(draft.content, next) ?? '');
  };
  const fail = (caught: unknown) => {
    const failure = asApiError(caught);
    setError(failure);
    if (failure.status === 412) onChanged();
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    try {
      await api(`/api/catalogue/versions/${draft.id}/content`, {
        method: 'PUT', headers: { 'if-match': `"${draft.version}"` }, body: { content: withElementText(draft.content, key, text.trim()) },
      });
      onChanged(t.saved);
    } catch (caught) {
      fail(caught);
    }
  };
  const publish = async () => {
    setError(undefined);
    try {
      await api(`/api/catalogue/versions/${draft.id}/publish`, { method: 'POST', headers: { 'if-match': `"${draft.version}"` } });
      onChanged(t.publishedNow(draft.label));
    } catch (caught) {
      fail(caught);
    }
  };

  return (
    <section aria-labelledby="draft-heading" className="catalogue-panel">
      <Heading level={2} data-size="sm" id="draft-heading">{t.editHeading}</Heading>
      <form onSubmit={save}>
        <SelectField label={t.element} value={key} emptyLabel={t.chooseElement} onChange={choose}
          options={elements.map((e) => ({ value: e.key, label: `${e.key} – ${e.label}` }))} />
        <Textarea aria-label={t.elementText} value={text} rows={4} maxLength={2000} disabled={!key} onChange={(e) => setText(e.currentTarget.value)} />
        <Button type="submit" disabled={!key || !text.trim()}>{t.saveDraft}</Button>
      </form>
      <Paragraph data-size="sm">{t.publishHelp}</Paragraph>
      <Button variant="secondary" onClick={publish}>{t.publish}</Button>
      {error ? <ErrorAlert error={error} announce message={error.status === 412 ? t.conflict : undefined} /> : null}
    </section>
  );
}
