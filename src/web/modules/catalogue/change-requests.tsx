/** Change requests recorded against a catalogue version: who, when, what and which element. */
import { Alert, Button, Heading, Paragraph, Table, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { CatalogueVersion, ChangeRequest } from '../../../shared/api/catalogue.ts';
import { catalogueElements } from '../../../shared/catalogue-elements.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { SelectField } from '../../platform/fields.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { catalogueText } from './dictionary.ts';

export function ChangeRequests({ version }: { version: CatalogueVersion }) {
  const t = useText(catalogueText);
  const { lang } = useLang();
  const list = useApi<{ items: ChangeRequest[] }>(`/api/catalogue/versions/${version.id}/change-requests`);
  const [elementKey, setElementKey] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  // Another version: its elements differ, so the form starts over.
  useEffect(() => {
    setElementKey('');
    setDone(false);
    setError(undefined);
  }, [version.id]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    try {
      await api(`/api/catalogue/versions/${version.id}/change-requests`, {
        method: 'POST', body: { elementKey, text: text.trim(), source: source.trim() || null },
      });
      setText('');
      setDone(true);
      list.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <section aria-labelledby="requests-heading" className="catalogue-panel">
      <Heading level={2} data-size="sm" id="requests-heading">{t.requestsHeading}</Heading>
      <form onSubmit={submit}>
        <SelectField label={t.element} value={elementKey} emptyLabel={t.chooseElement} onChange={setElementKey}
          options={catalogueElements(version.content).map((e) => ({ value: e.key, label: `${e.key} – ${e.label}` }))} />
        <Textarea aria-label={t.requestText} value={text} rows={3} maxLength={4000} onChange={(e) => setText(e.currentTarget.value)} />
        <Textfield label={t.requestSource} value={source} maxLength={200} onChange={(e) => setSource(e.currentTarget.value)} />
        <Button type="submit" disabled={!elementKey || !text.trim()}>{t.submitRequest}</Button>
      </form>
      {error ? <ErrorAlert error={error} announce /> : null}
      {done ? <Alert data-color="success" role="status"><Paragraph>{t.requestSaved}</Paragraph></Alert> : null}
      {list.data && list.data.items.length === 0 ? <Paragraph>{t.noRequests}</Paragraph> : null}
      {list.data && list.data.items.length > 0 ? (
        <DataTable caption={t.requestsCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colWhen}</Table.HeaderCell>
              <Table.HeaderCell>{t.colWho}</Table.HeaderCell>
              <Table.HeaderCell>{t.colElement}</Table.HeaderCell>
              <Table.HeaderCell>{t.requestText}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.items.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{formatDateTime(r.createdAt, lang)}</Table.Cell>
                <Table.Cell>{r.source ? `${r.submittedByName} (${r.source})` : r.submittedByName}</Table.Cell>
                <Table.Cell>{r.elementKey}</Table.Cell>
                <Table.Cell>{r.text}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
    </section>
  );
}
