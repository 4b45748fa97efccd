/**
 * Actions the organiser reported, on the case page: a table for everyone who reaches the case (the
 * organiser's representatives read their own), and for the pair a status to change per action and a
 * form to record a new one.
 */
import { Button, Field, Heading, Label, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionList, type ActionStatus, type FollowUpAction } from '../../../../shared/api/dialogue-feedback.ts';
import type { DialogueState } from '../../../../shared/dialogues.ts';
import { api, ApiError, asApiError } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { ActionForm } from './action-form.tsx';
import { feedbackText } from './dictionary.ts';

interface Props {
  dialogueId: string;
  /** Passed by the case page so that the list reloads when the case takes a step. */
  state: DialogueState;
}

function StatusCell({ action, onSaved, onFailed }: { action: FollowUpAction; onSaved: (a: FollowUpAction) => void; onFailed: (e: ApiError) => void }) {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const id = useId();
  const save = async () => {
    try {
      onSaved(await api<FollowUpAction>(`/api/dialogue-actions/${action.id}`, { method: 'PATCH', headers: { 'if-match': action.etag }, body: { status } }));
    } catch (caught) {
      onFailed(asApiError(caught));
    }
  };
  return (
    <div className="action-status">
      {/* The column heading says what it is; the label names the action for screen readers. */}
      <Field data-size="sm">
        <Label htmlFor={id} className="ds-sr-only">{t.statusOf(action.text)}</Label>
        <Select id={id} value={status} onChange={(event) => setStatus(event.currentTarget.value as ActionStatus)}>
          {ACTION_STATUSES.map((s) => <Select.Option key={s} value={s}>{ACTION_STATUS_LABELS[s][lang]}</Select.Option>)}
        </Select>
      </Field>
      <Button variant="secondary" data-size="sm" disabled={status === action.status} onClick={() => void save()} aria-label={t.saveStatusOf(action.text)}>
        {t.saveStatus}
      </Button>
    </div>
  );
}

export function ActionsSection({ dialogueId, state }: Props) {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const list = useApi<ActionList>(`/api/dialogues/${dialogueId}/actions`);
  // A step of the case (e.g. the feedback meeting held) may open the list for recording.
  const mounted = useRef(false);
  const { reload } = list;
  useEffect(() => {
    if (mounted.current) reload();
    mounted.current = true;
  }, [state, reload]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError>();
  const data = list.data;
  const editable = data?.available ?? false;

  const statusSaved = (updated: FollowUpAction) => {
    if (data) list.setData({ ...data, items: data.items.map((a) => (a.id === updated.id ? updated : a)) });
    setError(undefined);
    setStatus(t.statusSaved(updated.text));
  };
  const failed = (failure: ApiError) => {
    if (failure.status === 412) {
      setStatus(t.actionConflict);
      list.reload();
    } else {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="actions-heading" className="actions-section">
      <Heading level={2} data-size="sm" id="actions-heading">{t.actionsHeading}</Heading>
      <Paragraph data-size="sm">{t.actionsIntro}</Paragraph>
      {list.loading && !data ? <Loading /> : null}
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {error ? <ErrorAlert error={error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      {data && data.items.length === 0 ? <Paragraph>{t.actionsNone}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t.actionsCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colAction}</Table.HeaderCell>
              <Table.HeaderCell>{t.colTheme}</Table.HeaderCell>
              <Table.HeaderCell>{t.colReported}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.items.map((action) => (
              <Table.Row key={action.id}>
                <Table.HeaderCell scope="row" className="action-text">{action.text}</Table.HeaderCell>
                <Table.Cell>{action.themeLabel ?? t.noTheme}</Table.Cell>
                <Table.Cell className="nowrap">{formatDate(action.reportedOn, lang)}</Table.Cell>
                <Table.Cell>
                  {editable
                    ? <StatusCell key={action.etag} action={action} onSaved={statusSaved} onFailed={failed} />
                    : ACTION_STATUS_LABELS[action.status][lang]}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
      {editable && data ? (
        <ActionForm dialogueId={dialogueId} themes={data.themes} onAdded={(next) => { list.setData(next); setStatus(t.added); }} />
      ) : null}
    </section>
  );
}
