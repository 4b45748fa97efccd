/**
 * /min-vecka?vecka=2026-W48: the leader's week (a coordinator's: their office's). The week is in the
 * address, so that a week can be linked to and the browser's back button goes to the week before;
 * previous and next are links (Tab and Enter), and focus stays on the link used, so that pressing
 * Enter again moves on another week. The week shown is announced in a live region.
 */
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import { weekNumber, type LeaderWeek } from '../../../../shared/api/dialogue-week.ts';
import { OFFICES } from '../../../../shared/offices.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { weekText } from './dictionary.ts';
import { WeekDays } from './week-days.tsx';
import { weekRange } from '../../../platform/format-days.ts';
import { WeekTodo } from './week-todo.tsx';

const WEEK_PARAM = 'vecka';

function WeekNav({ week }: { week: LeaderWeek }) {
  const t = useText(weekText);
  return (
    <nav aria-label={t.weekNav} className="week-nav">
      <DsLink asChild><Link to={`?${WEEK_PARAM}=${week.previousWeek}`}>← {t.previousWeek(weekNumber(week.previousWeek))}</Link></DsLink>
      <DsLink asChild><Link to="/min-vecka">{t.thisWeek}</Link></DsLink>
      <DsLink asChild><Link to={`?${WEEK_PARAM}=${week.nextWeek}`}>{t.nextWeek(weekNumber(week.nextWeek))} →</Link></DsLink>
    </nav>
  );
}

export function LeaderWeekPage() {
  const t = useText(weekText);
  const { lang } = useLang();
  const [params] = useSearchParams();
  const asked = params.get(WEEK_PARAM);
  const week = useApi<LeaderWeek>(`/api/my-week${asked ? `?week=${encodeURIComponent(asked)}` : ''}`);
  const data = week.data;
  const range = data ? weekRange(data.days[0]!.date, data.days[6]!.date, lang) : '';
  const scope = data?.scope;
  let lead = t.leadLeader;
  if (scope?.kind === 'office') {
    const office = OFFICES.find((o) => o.code === scope.officeCode);
    lead = office ? t.leadOffice(office.name) : t.leadNational;
  }

  return (
    <Page
      title={t.title}
      // On a phone the lists of what is due come after the seven days: a link leads straight to them.
      lead={<Paragraph>{lead} {data ? <DsLink href="#week-todo-heading">{t.toTodo}</DsLink> : null}</Paragraph>}
    >
      <LiveStatus>{week.loading ? <Loading label={t.loadingWeek} /> : data ? t.showingWeek(weekNumber(data.week), range) : null}</LiveStatus>
      {week.error ? (
        <ErrorAlert error={week.error}>
          <Paragraph><DsLink asChild><Link to="/min-vecka">{t.toThisWeek}</Link></DsLink></Paragraph>
        </ErrorAlert>
      ) : null}
      {data ? (
        <>
          <div className="week-columns">
            <WeekDays week={data} range={range} navigation={<WeekNav week={data} />} />
            <WeekTodo week={data} />
          </div>
        </>
      ) : null}
    </Page>
  );
}
