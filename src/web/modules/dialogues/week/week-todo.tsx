/**
 * What is waiting as of today: notes awaiting the organiser's approval, overdue answers to
 * invitations, and what to prepare (meetings of the next 14 days with their needs; other tasks).
 */
import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LeaderWeek } from '../../../../shared/api/dialogue-week.ts';
import { MEETING_KIND_LABELS } from '../../../../shared/dialogues.ts';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { weekText } from './dictionary.ts';
import { DialogueLinks, MeetingPlace, PairText } from './week-days.tsx';
import { shortDayTime } from '../../../platform/format-days.ts';

type DialogueRef = LeaderWeek['overdueAnswers'][number]['dialogue'];

function CaseLink({ dialogue }: { dialogue: DialogueRef }) {
  return (
    <DsLink asChild>
      <Link to={`/dialoger/${dialogue.id}`}>{dialogue.organisers.map((o) => o.name).join(', ') || dialogue.id}</Link>
    </DsLink>
  );
}

function Part({ id, heading, empty, items }: { id: string; heading: string; empty: string; items: ReactNode[] }) {
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={3} data-size="xs" id={id}>{heading}</Heading>
      {items.length === 0 ? <Paragraph className="muted">{empty}</Paragraph> : <ul className="week-list">{items}</ul>}
    </section>
  );
}

export function WeekTodo({ week }: { week: LeaderWeek }) {
  const t = useText(weekText);
  const { lang } = useLang();
  return (
    <section aria-labelledby="week-todo-heading" className="section">
      <Heading level={2} data-size="md" id="week-todo-heading">{t.todoHeading}</Heading>
      <Paragraph>{t.todoLead(formatDate(week.today, lang))}</Paragraph>
      <Part
        id="week-notes-heading" heading={t.notesHeading} empty={t.notesEmpty}
        items={week.notesAwaitingApproval.map((n) => (
          <li key={n.notesId} className="week-item">
            <CaseLink dialogue={n.dialogue} />{' '}
            <span>
              {n.sentAt === null || n.daysSinceSent === null ? t.notSent : t.sentAgo(n.daysSinceSent, formatDate(n.sentAt, lang))}{' '}
              {n.status === 'commented' ? `${t.commented} ` : ''}{n.versionNo > 1 ? t.versionNo(n.versionNo) : ''}
            </span>
          </li>
        ))}
      />
      <Part
        id="week-overdue-heading" heading={t.overdueHeading} empty={t.overdueEmpty}
        items={week.overdueAnswers.map((o) => (
          <li key={o.dialogue.id} className="week-item">
            <CaseLink dialogue={o.dialogue} /> <span>{t.overdue(o.daysOverdue, formatDate(o.answerDeadline, lang))}</span>
          </li>
        ))}
      />
      <Part
        id="week-prepare-heading" heading={t.prepareHeading} empty={t.prepareEmpty}
        items={week.prepare.meetings.map(({ meeting, needs }) => {
          const organiser = meeting.dialogues[0]?.organisers[0];
          return (
            <li key={meeting.id} className="week-meeting">
              <p className="week-meeting-title">
                <strong><time dateTime={meeting.startsAt}>{shortDayTime(meeting.startsAt, lang)}</time></strong>{' '}
                {MEETING_KIND_LABELS[meeting.kind][lang]}
              </p>
              <p><DialogueLinks meeting={meeting} /></p>
              <p className="week-meeting-facts"><MeetingPlace meeting={meeting} /> <PairText meeting={meeting} /></p>
              {needs.length === 0 ? <p className="muted">{t.noNeeds}</p> : (
                <ul className="week-needs">
                  {needs.map((need) => (
                    <li key={need}>
                      {need === 'analysis_basis' && organiser ? (
                        <DsLink asChild>
                          <Link to={`/huvudman/${organiser.id}/analysunderlag`}>{t.needs[need]}</Link>
                        </DsLink>
                      ) : t.needs[need]}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      />
      <Part
        id="week-tasks-heading" heading={t.tasksHeading} empty={t.tasksEmpty}
        items={week.prepare.tasks.map((task) => (
          <li key={`${task.kind}-${task.dialogue.id}`} className="week-item">
            <CaseLink dialogue={task.dialogue} /> <span>{t.tasks[task.kind](formatDate(task.date, lang))}</span>
          </li>
        ))}
      />
    </section>
  );
}
