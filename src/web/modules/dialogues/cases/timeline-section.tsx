/** What has happened in the case, oldest first. */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CaseTimelineEntry } from '../../../../shared/api/dialogues.ts';
import { DIALOGUE_STATE_LABELS, MEETING_KIND_LABELS, type DialogueState, type MeetingKind } from '../../../../shared/dialogues.ts';
import { formatDateTime } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';

export function TimelineSection({ dialogueId }: { dialogueId: string }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const { data, error } = useApi<{ items: CaseTimelineEntry[] }>(`/api/dialogues/${dialogueId}/timeline`);
  const describe = (e: CaseTimelineEntry): string => {
    switch (e.kind) {
      case 'step': return `${t.events[e.code] ?? e.code} → ${DIALOGUE_STATE_LABELS[e.detail as DialogueState]?.[lang] ?? e.detail}`;
      case 'meeting_booked': return `${t.timelineKinds[e.kind]}: ${MEETING_KIND_LABELS[e.code as MeetingKind]?.[lang] ?? e.code}, ${formatDateTime(e.detail ?? '', lang)}`;
      case 'notes_registered': return `${t.timelineKinds[e.kind]}: ${t.agencies[e.code]} ${e.detail ?? ''}`;
      case 'document_added': return `${t.timelineKinds[e.kind]}: ${e.detail ?? ''}`;
      default: return `${t.timelineKinds[e.kind]} (${t.versionLabel(Number(e.code)).toLowerCase()})`;
    }
  };
  return (
    <section aria-labelledby="timeline-heading" className="case-section">
      <Heading level={2} data-size="sm" id="timeline-heading">{t.timelineHeading}</Heading>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph data-size="sm">{t.timelineNone}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <ol className="case-timeline">
          {data.items.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time> {describe(e)}{e.actorName ? ` ${t.byWhom(e.actorName)}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
