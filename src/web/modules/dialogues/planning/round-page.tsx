/**
 * /dialoger/omgangar/:id: the coordinator's overview of one round: its dates and status, counts by
 * state, answers and overdue answers, collisions with holds, the cases (each linking to its page), the
 * actions (open, record missing answers), and who can or cannot be invited, with reasons.
 */
import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ROUND_STATUS_LABELS, type CollisionList, type RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import { formatDate } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { planningText } from './dictionary.ts';
import { EligibilitySection } from './eligibility-section.tsx';
import { RoundActions } from './round-actions.tsx';
import './planning.css';
import { CasesTable, CollisionsTable, OverviewTable } from './round-tables.tsx';

function Facts({ round }: { round: RoundDetail }) {
  const t = useText(planningText);
  const { lang } = useLang();
  return (
    <dl className="planning-facts">
      <div className="fact"><dt>{t.colInvitationDate}</dt><dd>{formatDate(round.invitationDate, lang)}</dd></div>
      <div className="fact"><dt>{t.colAnswerDeadline}</dt><dd>{formatDate(round.answerDeadline, lang)}</dd></div>
      <div className="fact"><dt>{t.colStatus}</dt><dd>{ROUND_STATUS_LABELS[round.status][lang]}</dd></div>
    </dl>
  );
}

export function RoundPage() {
  const { id = '' } = useParams();
  const t = useText(planningText);
  const can = useAbilities();
  const loaded = useApi<RoundDetail>(`/api/dialogue-rounds/${id}`);
  const collisions = useApi<CollisionList>(`/api/dialogue-rounds/${id}/collisions`);
  const [round, setRound] = useState<{ data: RoundDetail; etag: string | null }>();
  useEffect(() => {
    if (loaded.data) setRound({ data: loaded.data, etag: loaded.headers?.get('etag') ?? null });
  }, [loaded.data, loaded.headers]);

  if (loaded.error) return <ErrorAlert error={loaded.error} />;
  if (!round || round.data.id !== id) return <Loading />;
  const changed = (data: RoundDetail, etag: string | null) => {
    setRound({ data, etag });
    collisions.reload();
  };
  const r = round.data;
  return (
    <Page title={r.name} lead={<p>{t.roundLead(r.cycleName)}</p>}>
      <Facts round={r} />
      <section className="section" aria-labelledby="overview-heading">
        <Heading level={2} data-size="sm" id="overview-heading">{t.overviewHeading}</Heading>
        <OverviewTable overview={r.overview} />
      </section>
      {can.planRounds && r.status !== 'closed' ? <RoundActions round={r} etag={round.etag} onChanged={changed} onReload={loaded.reload} /> : null}
      <section className="section" aria-labelledby="collisions-heading">
        <Heading level={2} data-size="sm" id="collisions-heading">{t.collisionsHeading}</Heading>
        {collisions.error ? <ErrorAlert error={collisions.error} /> : null}
        {collisions.data ? <CollisionsTable items={collisions.data.items} caption={t.collisionsCaption} /> : <Loading />}
      </section>
      <section className="section" aria-labelledby="cases-heading">
        <Heading level={2} data-size="sm" id="cases-heading">{t.casesHeading}</Heading>
        <CasesTable cases={r.cases} />
      </section>
      <EligibilitySection round={r} canAdd={can.planRounds && r.status === 'planned'} onAdded={(data) => changed(data, round.etag)} />
    </Page>
  );
}
