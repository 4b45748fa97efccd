/**
 * The feedback survey on the case page, for the pair: send it after the feedback meeting, send a new
 * link, and see how many have answered. Never the answers: they are shown only together for many
 * organisers, in the analysts' figures.
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { FEEDBACK_STATES, type SurveyStatus } from '../../../../shared/api/dialogue-feedback.ts';
import type { DialogueState } from '../../../../shared/dialogues.ts';
import { api, ApiError, asApiError } from '../../../platform/api.ts';
import { formatDate } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { feedbackText } from './dictionary.ts';

interface Props {
  dialogueId: string;
  state: DialogueState;
}

export function FeedbackSection({ dialogueId, state }: Props) {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const can = useAbilities();
  const open = FEEDBACK_STATES.includes(state);
  const loaded = useApi<SurveyStatus>(open && can.runDialogues ? `/api/dialogues/${dialogueId}/feedback-survey` : null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  if (!can.runDialogues) return null;

  const send = async () => {
    setSending(true);
    setError(undefined);
    setStatus('');
    try {
      const result = await api<SurveyStatus>(`/api/dialogues/${dialogueId}/feedback-survey`, { method: 'POST' });
      loaded.setData(result);
      setStatus(t.sentTo(result.sentTo ?? 0));
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };

  const survey = loaded.data?.survey;
  return (
    <section aria-labelledby="feedback-survey-heading" className="feedback-section">
      <Heading level={2} data-size="sm" id="feedback-survey-heading">{t.surveyHeading}</Heading>
      {!open ? <Paragraph>{t.surveyNotYet}</Paragraph> : (
        <>
          <Paragraph data-size="sm">{t.surveyIntro}</Paragraph>
          {loaded.loading && !loaded.data ? <Loading /> : null}
          {loaded.error ? <ErrorAlert error={loaded.error} /> : null}
          {loaded.data ? (
            <>
              {survey ? (
                <>
                  <Paragraph>{t.sentOn(formatDate(survey.sentAt, lang), formatDate(survey.expiresAt, lang))}</Paragraph>
                  <Paragraph>{t.responses(survey.responses)}</Paragraph>
                  <Paragraph data-size="sm">{t.resendHelp}</Paragraph>
                </>
              ) : <Paragraph>{t.notSent}</Paragraph>}
              <Button variant={survey ? 'secondary' : 'primary'} disabled={sending} onClick={() => void send()}>
                {survey ? t.resendSurvey : t.sendSurvey}
              </Button>
            </>
          ) : null}
        </>
      )}
      {error ? <ErrorAlert error={error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
