/**
 * /dialoger/omgangar: the cycles, the rounds of the chosen cycle (in the URL, ?cykel=), and for
 * coordinators the forms that create a round and a cycle.
 */
import { Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ROUND_STATUS_LABELS, type Cycle, type RoundList } from '../../../../shared/api/dialogue-planning.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate, formatNumber, todayIso } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { CycleForm, RoundForm } from './cycle-forms.tsx';
import { planningText } from './dictionary.ts';
import { periodText } from './labels.ts';

/** The chosen cycle, else the one running today, else the latest. */
function chosenCycle(cycles: readonly Cycle[], id: string | null): Cycle | undefined {
  const today = todayIso();
  return cycles.find((c) => c.id === id) ?? cycles.find((c) => c.startsOn <= today && today <= c.endsOn) ?? cycles[0];
}

function CycleTable({ cycles, chosen }: { cycles: readonly Cycle[]; chosen: Cycle | undefined }) {
  const t = useText(planningText);
  const { lang } = useLang();
  const today = todayIso();
  return (
    <DataTable caption={t.cyclesCaption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colName}</Table.HeaderCell>
          <Table.HeaderCell>{t.colPeriod}</Table.HeaderCell>
          <Table.HeaderCell>{t.colOfferWithin}</Table.HeaderCell>
          <Table.HeaderCell>{t.colRounds}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {cycles.map((c) => (
          <Table.Row key={c.id}>
            <Table.HeaderCell scope="row">
              <DsLink asChild>
                <Link to={`/dialoger/omgangar?cykel=${c.id}`} aria-current={c.id === chosen?.id ? 'true' : undefined} aria-label={t.showCycle(c.name)}>{c.name}</Link>
              </DsLink>
              {c.startsOn <= today && today <= c.endsOn ? <> {t.current}</> : null}
            </Table.HeaderCell>
            <Table.Cell>{periodText(c.startsOn, c.endsOn, lang)}</Table.Cell>
            <Table.Cell>{t.years(c.offerWithinYears)}</Table.Cell>
            <Table.Cell>{formatNumber(c.rounds, lang)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function RoundsOfCycle({ cycle, canPlan }: { cycle: Cycle; canPlan: boolean }) {
  const t = useText(planningText);
  const { lang } = useLang();
  const navigate = useNavigate();
  const list = useApi<RoundList>(`/api/dialogue-cycles/${cycle.id}/rounds`);
  return (
    <section className="section" aria-labelledby="rounds-heading">
      <Heading level={2} data-size="sm" id="rounds-heading">{t.roundsHeading(cycle.name)}</Heading>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {!list.data ? <Loading /> : list.data.items.length === 0 ? <Paragraph>{t.roundsEmpty}</Paragraph> : (
        <DataTable caption={t.roundsCaption(cycle.name)}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colRound}</Table.HeaderCell>
              <Table.HeaderCell>{t.colInvitationDate}</Table.HeaderCell>
              <Table.HeaderCell>{t.colAnswerDeadline}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
              <Table.HeaderCell>{t.colDialogues}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.items.map((r) => (
              <Table.Row key={r.id}>
                <Table.HeaderCell scope="row"><DsLink asChild><Link to={`/dialoger/omgangar/${r.id}`}>{r.name}</Link></DsLink></Table.HeaderCell>
                <Table.Cell>{formatDate(r.invitationDate, lang)}</Table.Cell>
                <Table.Cell>{formatDate(r.answerDeadline, lang)}</Table.Cell>
                <Table.Cell>{ROUND_STATUS_LABELS[r.status][lang]}</Table.Cell>
                <Table.Cell>{formatNumber(r.dialogues, lang)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
      {canPlan ? <RoundForm cycle={cycle} onCreated={(round) => void navigate(`/dialoger/omgangar/${round.id}`)} /> : null}
    </section>
  );
}

export function RoundsPage() {
  const t = useText(planningText);
  const can = useAbilities();
  const [params, setParams] = useSearchParams();
  const cycles = useApi<{ items: Cycle[] }>('/api/dialogue-cycles');
  const chosen = cycles.data ? chosenCycle(cycles.data.items, params.get('cykel')) : undefined;
  return (
    <Page title={t.roundsTitle} lead={<p>{t.roundsLead}</p>}>
      <section className="section" aria-labelledby="cycles-heading">
        <Heading level={2} data-size="sm" id="cycles-heading">{t.cyclesHeading}</Heading>
        {cycles.error ? <ErrorAlert error={cycles.error} /> : null}
        {!cycles.data ? <Loading /> : cycles.data.items.length === 0 ? <Paragraph>{t.cyclesEmpty}</Paragraph> : <CycleTable cycles={cycles.data.items} chosen={chosen} />}
      </section>
      {chosen ? <RoundsOfCycle key={chosen.id} cycle={chosen} canPlan={can.planRounds} /> : null}
      {can.planRounds ? (
        <CycleForm onCreated={(cycle) => {
          cycles.reload();
          setParams({ cykel: cycle.id });
        }} />
      ) : null}
    </Page>
  );
}
