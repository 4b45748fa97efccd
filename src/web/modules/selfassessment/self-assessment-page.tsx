/**
 * One self-assessment. The organiser's representatives see the respondents, invite more, answer
 * themselves and decide whether the summary goes into the analysis basis; everyone who reaches it
 * sees the group's spread per success factor (representatives beside their own answers).
 */
import { Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { selfAssessmentText } from './dictionary.ts';
import { InviteForm } from './invite-form.tsx';
import { RespondentsSection } from './respondents-section.tsx';
import { SharingPanel } from './sharing-panel.tsx';
import { FactorSpreadTable } from './spread-table.tsx';

function AnswerMyself({ id }: { id: string }) {
  const t = useText(selfAssessmentText);
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError>();
  const open = async () => {
    try {
      const { token } = await api<{ token: string; url: string }>(`/api/self-assessments/${id}/my-link`, { method: 'POST' });
      await navigate(`/svara#${token}`);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <div className="answer-myself">
      {error ? <ErrorAlert error={error} announce /> : null}
      <Button onClick={() => void open()}>{t.answerMyself}</Button>
      <Paragraph data-size="sm">{t.answerMyselfHelp}</Paragraph>
    </div>
  );
}

export function SelfAssessmentPage() {
  const { id = '' } = useParams();
  const t = useText(selfAssessmentText);
  const { data, error, setData } = useApi<SelfAssessmentDetail>(`/api/self-assessments/${id}`);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loading />;
  const own = data.respondents !== null;
  return (
    <Page title={data.title} lead={t.detailLead(data.organiser.name, data.catalogueLabel)}>
      <Paragraph>
        <DsLink asChild><Link to={`/huvudman/${data.organiser.id}/sjalvskattning`}>{t.toSelfAssessments}</Link></DsLink>
      </Paragraph>
      {own ? (
        <>
          <AnswerMyself id={data.id} />
          <SharingPanel detail={data} onChanged={setData} />
          <RespondentsSection detail={data} onChanged={setData} />
          <InviteForm id={data.id} onInvited={setData} />
        </>
      ) : null}
      <section aria-labelledby="summary-heading">
        <Heading level={2} data-size="sm" id="summary-heading">{t.summaryHeading}</Heading>
        <Paragraph data-size="sm">{t.summaryLead(data.answeringRespondents)}</Paragraph>
        {data.factors.map((factor) => <FactorSpreadTable key={factor.key} factor={factor} />)}
      </section>
    </Page>
  );
}
