/** Who has been invited, how far each has come, whether the e-mail went out; a new link when needed. */
import { Button, Heading, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';

interface Props {
  detail: SelfAssessmentDetail;
  onChanged: (detail: SelfAssessmentDetail) => void;
}

export function RespondentsSection({ detail, onChanged }: Props) {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError>();
  const now = Date.now();

  const renew = async (respondentId: string, name: string) => {
    setError(undefined);
    try {
      onChanged(await api<SelfAssessmentDetail>(`/api/self-assessments/${detail.id}/respondents/${respondentId}/new-link`, { method: 'POST' }));
      setStatus(t.newLinkSent(name));
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <section aria-labelledby="respondents-heading">
      <Heading level={2} data-size="sm" id="respondents-heading">{t.respondentsHeading}</Heading>
      {error ? <ErrorAlert error={error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      <DataTable caption={t.respondentsCaption}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.colName}</Table.HeaderCell>
            <Table.HeaderCell>{t.colPosition}</Table.HeaderCell>
            <Table.HeaderCell>{t.colEmail}</Table.HeaderCell>
            <Table.HeaderCell>{t.colAnswered}</Table.HeaderCell>
            <Table.HeaderCell>{t.colMail}</Table.HeaderCell>
            <Table.HeaderCell>{t.colLinkValid}</Table.HeaderCell>
            <Table.HeaderCell><span className="ds-sr-only">{t.newLink}</span></Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {(detail.respondents ?? []).map((r) => {
            const expired = new Date(r.linkExpiresAt).getTime() <= now;
            return (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row">{r.name} {r.isMe ? t.you : null}</Table.HeaderCell>
                <Table.Cell>{r.position}</Table.Cell>
                <Table.Cell>{r.email}</Table.Cell>
                <Table.Cell>{t.answeredOf(r.answered, detail.statements)}</Table.Cell>
                <Table.Cell>{r.mail ? t.mail[r.mail] : t.mailNone}</Table.Cell>
                <Table.Cell>{expired ? t.expired : formatDate(r.linkExpiresAt, lang)}</Table.Cell>
                <Table.Cell>
                  {r.isMe ? null : (
                    <Button variant="tertiary" data-size="sm" onClick={() => void renew(r.id, r.name)} aria-label={t.newLinkFor(r.name)}>
                      {t.newLink}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </DataTable>
    </section>
  );
}
