/** Whether the summary is part of the analysis basis, and the switch (a versioned write). */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { ApiError, apiResponse, asApiError } from '../../platform/api.ts';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';

export function SharingPanel({ detail, onChanged }: { detail: SelfAssessmentDetail; onChanged: (detail: SelfAssessmentDetail) => void }) {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const shared = detail.sharedAt !== null;

  const toggle = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const res = await apiResponse<SelfAssessmentDetail>(`/api/self-assessments/${detail.id}/sharing`, {
        method: 'PUT', headers: { 'if-match': `"${detail.version}"` }, body: { included: !shared },
      });
      onChanged(res.data);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="sharing-heading" className="sharing-panel">
      <Heading level={2} data-size="sm" id="sharing-heading">{t.sharingHeading}</Heading>
      {error ? <ErrorAlert error={error} announce /> : null}
      <Paragraph>{shared ? t.sharedSince(formatDate(detail.sharedAt!, lang)) : t.notShared}</Paragraph>
      <Button variant={shared ? 'secondary' : 'primary'} onClick={() => void toggle()} disabled={saving}>
        {shared ? t.unshare : t.share}
      </Button>
    </section>
  );
}
