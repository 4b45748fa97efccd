/**
 * One quality dialogue. The pair runs it from here: steps, meetings, focus question, notes,
 * documents, their agency's internal notes and the history. The organiser's representative answers
 * the invitation and the notes on the same page; what they may not see, the server does not send.
 */
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { abilitiesOf } from '../../../platform/abilities.ts';
import { useAuth } from '../../../platform/auth.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { ActionsSection, FeedbackSection } from '../feedback/index.ts';
import { ObservationSection } from '../observations/index.ts';
import { AgencyNotesSection } from './agency-notes-section.tsx';
import { CaseFacts } from './case-facts.tsx';
import { caseText } from './dictionary.ts';
import { DocumentsSection } from './documents-section.tsx';
import { FocusForm } from './focus-form.tsx';
import { FollowUpPanel } from './follow-up-panel.tsx';
import { MeetingsSection } from './meetings-section.tsx';
import { NotesSection } from './notes-section.tsx';
import { StepsPanel } from './steps-panel.tsx';
import { TimelineSection } from './timeline-section.tsx';
import './cases.css';

const FOCUS_STATES = ['accepted', 'intro_held', 'pre_meeting_held'];

export function CasePage() {
  const { id = '' } = useParams();
  const t = useText(caseText);
  const { user } = useAuth();
  const { data, error, setData, reload } = useApi<DialogueDetail>(`/api/dialogues/${id}`);
  // Sections that read their own resources are remounted after a step, so that they show its effect.
  const [round, setRound] = useState(0);
  if (error) return <ErrorAlert error={error} />;
  if (!data || !user) return <Loading />;
  const can = abilitiesOf(user.role);
  const asOrganiser = can.ownOrganiserOnly;
  const agencyStaff = user.agency === 'skolverket' || user.agency === 'spsm';
  const changed = (next: DialogueDetail) => { setData(next); setRound((r) => r + 1); };
  return (
    <Page title={t.caseTitle(data.organiserName ?? t.unnamed)}>
      <Paragraph><DsLink asChild><Link to="/dialoger">{t.toList}</Link></DsLink></Paragraph>
      <CaseFacts detail={data} linkOrganisers={can.registry || asOrganiser} />
      <StepsPanel detail={data} canRun={can.runDialogues} onChanged={changed} />
      {can.runDialogues && FOCUS_STATES.includes(data.state) ? <FocusForm key={data.id} detail={data} onChanged={changed} /> : null}
      {can.runDialogues ? <FollowUpPanel detail={data} onChanged={changed} /> : null}
      <MeetingsSection detail={data} canRun={can.runDialogues} onChanged={changed} />
      <NotesSection detail={data} asOrganiser={asOrganiser} canRun={can.runDialogues} onStepChanged={() => { reload(); setRound((r) => r + 1); }} />
      <ObservationSection key={`observation-${data.state}`} dialogueId={data.id} state={data.state} />
      <FeedbackSection key={`feedback-${data.state}`} dialogueId={data.id} state={data.state} />
      <ActionsSection dialogueId={data.id} state={data.state} />
      <DocumentsSection dialogueId={data.id} />
      {can.runDialogues && agencyStaff ? <AgencyNotesSection dialogueId={data.id} /> : null}
      <TimelineSection key={`timeline-${round}`} dialogueId={data.id} />
    </Page>
  );
}
