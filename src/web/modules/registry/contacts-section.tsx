/** Contact persons: the current ones first, then the former ones with their validity. */
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment, useState } from 'react';
import type { ContactPerson } from '../../../shared/api/registry.ts';
import { compareSv, formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { AddContactForm, EndContactForm } from './contact-forms.tsx';
import { registryText } from './dictionary.ts';
import { organiserText } from './organiser-dictionary.ts';
import { DataTable } from '../../platform/data-table.tsx';

interface ContactTableProps {
  caption: string;
  contacts: readonly ContactPerson[];
  /** Present when the user may end current contacts. */
  onEnd?: (contact: ContactPerson) => void;
  ending?: string | null;
  onEnded?: (contact: ContactPerson) => void;
  onCancelEnd?: () => void;
}

function ContactTable({ caption, contacts, onEnd, ending, onEnded, onCancelEnd }: ContactTableProps) {
  const t = useText(registryText);
  const o = useText(organiserText);
  const { lang } = useLang();
  const columns = onEnd ? 8 : 7;
  return (
    <DataTable caption={caption}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.colName}</Table.HeaderCell>
            <Table.HeaderCell>{o.colRole}</Table.HeaderCell>
            <Table.HeaderCell>{o.colEmail}</Table.HeaderCell>
            <Table.HeaderCell>{o.colPhone}</Table.HeaderCell>
            <Table.HeaderCell>{o.colValidFrom}</Table.HeaderCell>
            <Table.HeaderCell>{o.colValidTo}</Table.HeaderCell>
            <Table.HeaderCell>{o.colSource}</Table.HeaderCell>
            {onEnd ? <Table.HeaderCell>{o.colActions}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {contacts.map((c) => (
            <Fragment key={c.id}>
              <Table.Row>
                <Table.Cell>{c.name}</Table.Cell>
                <Table.Cell>{c.role}</Table.Cell>
                <Table.Cell>{c.email ?? ''}</Table.Cell>
                <Table.Cell className="nowrap">{c.phone ?? ''}</Table.Cell>
                <Table.Cell className="nowrap">{formatDate(c.validFrom, lang)}</Table.Cell>
                <Table.Cell className="nowrap">{c.validTo ? formatDate(c.validTo, lang) : ''}</Table.Cell>
                <Table.Cell>{o.sources[c.source] ?? c.source}</Table.Cell>
                {onEnd ? (
                  <Table.Cell>
                    <Button variant="tertiary" data-size="sm" aria-label={o.endContactLabel(c.name)} aria-expanded={ending === c.id} onClick={() => onEnd(c)}>
                      {o.endContact}
                    </Button>
                  </Table.Cell>
                ) : null}
              </Table.Row>
              {ending === c.id && onEnded && onCancelEnd ? (
                <Table.Row>
                  <Table.Cell colSpan={columns}>
                    <EndContactForm contact={c} onEnded={onEnded} onCancel={onCancelEnd} />
                  </Table.Cell>
                </Table.Row>
              ) : null}
            </Fragment>
          ))}
        </Table.Body>
      </DataTable>
  );
}

interface ContactsSectionProps {
  organiserId: string;
  canEdit: boolean;
  /** Called after a change, so that the history shows it. */
  onChanged: () => void;
}

export function ContactsSection({ organiserId, canEdit, onChanged }: ContactsSectionProps) {
  const o = useText(organiserText);
  const contacts = useApi<{ items: ContactPerson[] }>(`/api/organisers/${organiserId}/contacts`);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const [notice, setNotice] = useState<string>();

  const items = contacts.data?.items ?? [];
  const current = items.filter((c) => c.current).sort((a, b) => compareSv(a.name, b.name));
  const former = items.filter((c) => !c.current).sort((a, b) => (b.validTo ?? '').localeCompare(a.validTo ?? '') || compareSv(a.name, b.name));

  const changed = (message: string) => {
    setNotice(message);
    setAdding(false);
    setEnding(null);
    contacts.reload();
    onChanged();
  };

  return (
    <section aria-labelledby="contacts-heading" className="section">
      <Heading level={2} data-size="sm" id="contacts-heading">{o.contactsHeading}</Heading>
      <LiveStatus>
        {notice ? <Alert data-color="success"><Paragraph>{notice}</Paragraph></Alert> : null}
        {contacts.loading ? <Loading label={o.loadingContacts} /> : null}
      </LiveStatus>
      {contacts.error ? <ErrorAlert error={contacts.error} /> : null}
      {contacts.data ? (
        <>
          {current.length > 0 ? (
            <ContactTable
              caption={o.currentContacts}
              contacts={current}
              ending={ending}
              onEnd={canEdit ? (c) => setEnding(ending === c.id ? null : c.id) : undefined}
              onEnded={(c) => changed(o.contactEnded(c.name))}
              onCancelEnd={() => setEnding(null)}
            />
          ) : <Paragraph>{o.noCurrentContacts}</Paragraph>}
          {canEdit ? (
            adding ? (
              <AddContactForm organiserId={organiserId} onAdded={(c) => changed(o.contactAdded(c.name))} onCancel={() => setAdding(false)} />
            ) : (
              <Button variant="secondary" onClick={() => { setAdding(true); setNotice(undefined); }}>{o.addContact}</Button>
            )
          ) : null}
          {former.length > 0 ? <ContactTable caption={o.endedContacts} contacts={former} /> : <Paragraph>{o.noEndedContacts}</Paragraph>}
        </>
      ) : null}
    </section>
  );
}
