/** The week's days as headed sections, each with its meetings in time order. */
import { Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LeaderWeek, WeekMeeting } from '../../../../shared/api/dialogue-week.ts';
import { MEETING_KIND_LABELS } from '../../../../shared/dialogues.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { weekText } from './dictionary.ts';
import { clockRange, dayHeading } from '../../../platform/format-days.ts';
import { weekNumber } from '../../../../shared/api/dialogue-week.ts';

/** The organisers of a meeting's dialogues, each a link to its case. */
export function DialogueLinks({ meeting }: { meeting: WeekMeeting }) {
  return (
    <span className="week-organisers">
      {meeting.dialogues.map((d) => (
        <DsLink asChild key={d.id}>
          <Link to={`/dialoger/${d.id}`}>{d.organisers.map((o) => o.name).join(', ') || d.id}</Link>
        </DsLink>
      ))}
    </span>
  );
}

export function MeetingPlace({ meeting }: { meeting: WeekMeeting }) {
  const t = useText(weekText);
  if (meeting.videoUrl) {
    return <span>{t.video}: <DsLink href={meeting.videoUrl}>{t.videoLink}</DsLink></span>;
  }
  return <span>{meeting.place ? `${t.place}: ${meeting.place}` : t.noPlace}</span>;
}

export function PairText({ meeting }: { meeting: WeekMeeting }) {
  const t = useText(weekText);
  if (meeting.otherLeader) return <span>{t.withLeader(meeting.otherLeader.name)}</span>;
  const { skolverket, spsm } = meeting.pair;
  if (!skolverket || !spsm) return <span>{t.pairMissing}</span>;
  return <span>{t.pair(skolverket.name, spsm.name)}</span>;
}

function MeetingItem({ meeting }: { meeting: WeekMeeting }) {
  const t = useText(weekText);
  const { lang } = useLang();
  return (
    <li className="week-meeting">
      <p className="week-meeting-title">
        <strong><time dateTime={meeting.startsAt}>{clockRange(meeting.startsAt, meeting.endsAt, lang)}</time></strong>{' '}
        {MEETING_KIND_LABELS[meeting.kind][lang]}
        {meeting.status === 'held' ? <Tag data-color="neutral" data-size="sm" className="week-tag">{t.held}</Tag> : null}
      </p>
      <p><DialogueLinks meeting={meeting} /></p>
      <p className="week-meeting-facts"><MeetingPlace meeting={meeting} /> <PairText meeting={meeting} /></p>
    </li>
  );
}

/** The week's heading (with its date range), the navigation between weeks, and the seven days. */
export function WeekDays({ week, range, navigation }: { week: LeaderWeek; range: string; navigation: ReactNode }) {
  const t = useText(weekText);
  const { lang } = useLang();
  const count = week.days.reduce((n, d) => n + d.meetings.length, 0);
  return (
    <section aria-labelledby="week-meetings-heading" className="section week-meetings">
      <Heading level={2} data-size="md" id="week-meetings-heading">
        {t.weekHeading(weekNumber(week.week))} <span className="week-range">{range}</span>
      </Heading>
      {navigation}
      <Paragraph>{t.meetingsCount(count)}</Paragraph>
      <div className="week-days">
        {week.days.map((day) => {
          const isToday = day.date === week.today;
          const id = `day-${day.date}`;
          return (
            <section key={day.date} aria-labelledby={id} className={isToday ? 'week-day week-today' : 'week-day'}>
              <Heading level={3} data-size="xs" id={id} aria-current={isToday ? 'date' : undefined}>
                <time dateTime={day.date}>{dayHeading(day.date, lang)}</time>
                {isToday ? <Tag data-color="info" data-size="sm" className="week-tag">{t.today}</Tag> : null}
                {day.holiday ? <span className="week-holiday"> – {day.holiday}</span> : null}
              </Heading>
              {day.meetings.length === 0 ? (
                <Paragraph className="muted">{t.noMeetings}</Paragraph>
              ) : (
                <ul className="week-list">{day.meetings.map((m) => <MeetingItem key={m.id} meeting={m} />)}</ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
