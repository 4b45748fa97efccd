/** The follow-up about six months after feedback, proposed by the system; the organiser may decline it. */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { api } from '../../../platform/api.ts';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

export function FollowUpPanel({ detail, onChanged }: { detail: DialogueDetail; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const action = useAction();
  if (!detail.followUpProposedOn) return null;
  return (
    <section aria-labelledby="follow-up-heading" className="case-section">
      <Heading level={2} data-size="sm" id="follow-up-heading">{t.followUpHeading}</Heading>
      <Paragraph data-size="sm">{t.followUpProposed(formatDate(detail.followUpProposedOn, lang))}</Paragraph>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      <div className="button-row">
        <Button variant="secondary" disabled={action.busy} onClick={() => void action.run(async () => {
          onChanged(await api<DialogueDetail>(`/api/dialogues/${detail.id}`, {
            method: 'PATCH', body: { followUpWanted: false }, headers: { 'if-match': `"${detail.version}"` },
          }));
          return t.followUpDeclined;
        })}>{t.followUpDecline}</Button>
      </div>
    </section>
  );
}
