/**
 * The coordinator's actions on a round: open it (every planned dialogue invited in one go, or nothing
 * and the refused organisers listed), and once it is open, record missing answers after the deadline.
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import { api, type ApiError, apiResponse, asApiError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { planningText } from './dictionary.ts';

interface Props {
  round: RoundDetail;
  etag: string | null;
  onChanged: (round: RoundDetail, etag: string | null) => void;
  onReload: () => void;
}

export function RoundActions({ round, etag, onChanged, onReload }: Props) {
  const t = useText(planningText);
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  // The open button goes away once the round is open; focus then stays at this section's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      await work();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const open = () => run(async () => {
    const response = await apiResponse<RoundDetail>(`/api/dialogue-rounds/${round.id}/open`, { method: 'POST', headers: { 'if-match': etag ?? `"${round.version}"` } });
    setStatus(t.opened(response.data.overview.byState.invited ?? 0));
    onChanged(response.data, response.headers.get('etag'));
    headingRef.current?.focus();
  });
  const recordNoAnswers = () => run(async () => {
    const result = await api<{ recorded: number; round: RoundDetail }>(`/api/dialogue-rounds/${round.id}/no-answers`, { method: 'POST' });
    setStatus(t.recorded(result.recorded));
    onChanged(result.round, `"${result.round.version}"`);
  });

  const conflict = error?.status === 412;
  return (
    <section className="section" aria-labelledby="actions-heading">
      <Heading level={2} data-size="sm" id="actions-heading" ref={headingRef} tabIndex={-1}>{t.actionsHeading}</Heading>
      {error ? (
        <ErrorAlert error={error} message={conflict ? t.versionConflict : undefined} announce>
          {conflict ? <Button variant="secondary" data-size="sm" onClick={onReload}>{t.reload}</Button> : null}
        </ErrorAlert>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
      {round.status === 'planned' ? (
        <>
          <Paragraph data-size="sm">{t.openHelp}</Paragraph>
          <div className="form-actions"><Button onClick={() => void open()} loading={busy}>{t.openRound}</Button></div>
        </>
      ) : null}
      {round.status === 'open' ? (
        <>
          <Paragraph data-size="sm">{t.noAnswerHelp}</Paragraph>
          <div className="form-actions"><Button variant="secondary" onClick={() => void recordNoAnswers()} loading={busy}>{t.recordNoAnswers}</Button></div>
        </>
      ) : null}
    </section>
  );
}
