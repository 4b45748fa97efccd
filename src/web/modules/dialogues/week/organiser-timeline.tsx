/**
 * An organiser's timeline of every state contact, newest first, for the organiser page. The server
 * decides what the caller may see; older contacts are fetched page by page with "Visa äldre".
 */
import { Button, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { OrganiserTimeline as Timeline, TimelineEntry } from '../../../../shared/api/dialogue-week.ts';
import { DECLINE_REASON_LABELS, MEETING_KIND_LABELS } from '../../../../shared/dialogues.ts';
import { api, ApiError, asApiError } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate, formatDateTime } from '../../../platform/format.ts';
import { useLang, useText, type Lang } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { weekText } from './dictionary.ts';

const PAGE = 50;
type Text = (typeof weekText)['sv'];

function fromOf(entry: TimelineEntry, t: Text): string {
  if (entry.kind === 'inspection' || entry.kind === 'quality_review') return t.from.inspectorate;
  if (entry.kind === 'self_assessment_started' || entry.kind === 'self_assessment_shared') return t.from.organiser;
  if (entry.kind === 'email') return t.from.email;
  if (entry.kind === 'analysis_basis') return t.from.basis;
  return t.from.dialogue;
}

/** The entry in words: what happened, with the details that belong to its kind. */
function describe(entry: TimelineEntry, t: Text, lang: Lang): string {
  const kind = t.kinds[entry.kind] ?? entry.kind;
  if (entry.meeting) return `${MEETING_KIND_LABELS[entry.meeting.kind][lang]} – ${t.meetingStatus[entry.meeting.status]}`;
  if (entry.declineReason) return `${kind}: ${DECLINE_REASON_LABELS[entry.declineReason][lang].toLocaleLowerCase()}`;
  if (entry.caseNumbers.length > 0) return `${kind} (${entry.caseNumbers.map((c) => `${t.caseNumbers[c.agency]} ${c.caseNumber}`).join(', ')})`;
  if (entry.email) {
    const status = entry.email.status === 'sent' ? '' : ` (${t.mailStatus[entry.email.status]})`;
    return `${kind}: ${entry.email.subject}${status}`;
  }
  if (entry.selfAssessment) return `${kind}: ${entry.selfAssessment.title}`;
  if (entry.basis) return `${kind} (${entry.basis.formats.map((f) => f.toUpperCase()).join(', ')}; ${t.basisVintage(entry.basis.catalogueLabel, entry.basis.vintageLabel)})`;
  return kind;
}

export function OrganiserTimeline({ organiserId }: { organiserId: string }) {
  const t = useText(weekText);
  const { lang } = useLang();
  const first = useApi<Timeline>(`/api/organisers/${organiserId}/timeline?limit=${PAGE}`);
  const [older, setOlder] = useState<TimelineEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    setOlder([]);
    setHasMore(first.data?.hasMore ?? false);
  }, [first.data]);

  const items = [...(first.data?.items ?? []), ...older];
  const showOlder = async () => {
    setLoadingMore(true);
    setError(undefined);
    try {
      const next = await api<Timeline>(`/api/organisers/${organiserId}/timeline?limit=${PAGE}&offset=${items.length}`);
      setOlder((list) => [...list, ...next.items]);
      setHasMore(next.hasMore);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <section aria-labelledby="timeline-heading" className="section">
      <Heading level={2} data-size="sm" id="timeline-heading">{t.timelineHeading}</Heading>
      <Paragraph>{t.timelineLead}</Paragraph>
      <LiveStatus>
        {first.loading || loadingMore ? <Loading label={t.loadingTimeline} /> : first.data && items.length > 0 ? t.timelineShown(items.length) : null}
      </LiveStatus>
      {first.error ? <ErrorAlert error={first.error} /> : null}
      {first.data && items.length === 0 ? <Paragraph>{t.timelineEmpty}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable caption={t.timelineCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colDate}</Table.HeaderCell>
              <Table.HeaderCell>{t.colContact}</Table.HeaderCell>
              <Table.HeaderCell>{t.colFrom}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell className="nowrap">
                  <time dateTime={entry.at}>{entry.dateOnly ? formatDate(entry.at, lang) : formatDateTime(entry.at, lang)}</time>
                </Table.Cell>
                <Table.Cell>
                  {describe(entry, t, lang)}
                  {entry.dialogueId ? <> <DsLink asChild><Link to={`/dialoger/${entry.dialogueId}`}>{t.toDialogue}</Link></DsLink></> : null}
                </Table.Cell>
                <Table.Cell>{fromOf(entry, t)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
      {error ? <ErrorAlert error={error} announce /> : null}
      {hasMore ? (
        <div><Button variant="secondary" onClick={() => void showOlder()} disabled={loadingMore}>{t.showOlder}</Button></div>
      ) : null}
    </section>
  );
}
