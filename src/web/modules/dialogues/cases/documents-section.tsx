/** The case's documents: a list to download from and a file field to attach one more. */
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import type { dialogueDocumentList } from '../../../../shared/api/dialogue-documents.ts';
import { formatMegabytes } from '../../../../shared/format.ts';
import { api } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDateTime } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

type DocumentList = import('zod').infer<typeof dialogueDocumentList>;

export function DocumentsSection({ dialogueId }: { dialogueId: string }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const { data, error, setData } = useApi<DocumentList>(`/api/dialogues/${dialogueId}/documents`);
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [missing, setMissing] = useState<string>();
  const upload = () => {
    const file = input.current?.files?.[0];
    if (!file) { setMissing(t.fileRequired); return; }
    setMissing(undefined);
    const form = new FormData();
    form.append('file', file);
    void action.run(async () => {
      setData(await api<DocumentList>(`/api/dialogues/${dialogueId}/documents`, { method: 'POST', form }));
      if (input.current) input.current.value = '';
      return t.uploaded;
    });
  };
  const remove = (id: string) => void action.run(async () => {
    setData(await api<DocumentList>(`/api/dialogue-documents/${id}`, { method: 'DELETE' }));
    return t.documentRemoved;
  });
  return (
    <section aria-labelledby="documents-heading" className="case-section">
      <Heading level={2} data-size="sm" id="documents-heading">{t.documentsHeading}</Heading>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      {data && data.items.length === 0 ? <Paragraph data-size="sm">{t.documentsNone}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t.documentsCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colFile}</Table.HeaderCell>
              <Table.HeaderCell>{t.colUploaded}</Table.HeaderCell>
              <Table.HeaderCell><span className="visually-hidden">{t.removeDocument('')}</span></Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.items.map((d) => (
              <Table.Row key={d.id}>
                <Table.Cell><a href={`/api/dialogue-documents/${d.id}/file`} download={d.filename}>{d.filename}</a> ({formatMegabytes(d.sizeBytes)})</Table.Cell>
                <Table.Cell>{formatDateTime(d.uploadedAt, lang)}{d.uploadedByName ? `, ${d.uploadedByName}` : ''}</Table.Cell>
                <Table.Cell><Button variant="tertiary" data-size="sm" onClick={() => remove(d.id)} aria-label={t.removeDocument(d.filename)}>{t.removeDocument('').trim()}</Button></Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
      {data ? (
        <form className="edit-form" noValidate onSubmit={(event) => { event.preventDefault(); upload(); }}>
          <label htmlFor={inputId} className="ds-label">{t.chooseFile}</label>
          <Paragraph data-size="sm" id={`${inputId}-help`}>{t.documentsHelp(formatMegabytes(data.maxBytes), data.allowed)}</Paragraph>
          <input id={inputId} ref={input} type="file" aria-describedby={`${inputId}-help`} />
          {missing ? <Paragraph data-size="sm" className="field-error" role="alert">{missing}</Paragraph> : null}
          <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.upload}</Button></div>
        </form>
      ) : null}
    </section>
  );
}
