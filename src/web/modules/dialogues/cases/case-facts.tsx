/** The facts of a case at a glance: state, organisers, the pair, office, answer date and school forms. */
import { Heading, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { DIALOGUE_STATE_LABELS } from '../../../../shared/dialogues.ts';
import { OFFICES } from '../../../../shared/offices.ts';
import { SCHOOL_FORM_LABELS } from '../../../../shared/school-forms.ts';
import { formatDate, formatOrgNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { caseText } from './dictionary.ts';

export function CaseFacts({ detail, linkOrganisers }: { detail: DialogueDetail; linkOrganisers: boolean }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const office = OFFICES.find((o) => o.code === detail.officeCode)?.name ?? detail.officeCode;
  return (
    <section aria-labelledby="facts-heading" className="case-section">
      <Heading level={2} data-size="sm" id="facts-heading">{t.factsHeading}</Heading>
      <dl className="facts">
        <dt>{t.state}</dt>
        <dd><Tag data-color="info">{DIALOGUE_STATE_LABELS[detail.state][lang]}</Tag></dd>
        <dt>{t.organisers}</dt>
        <dd>
          <ul className="plain-list">
            {detail.organisers.map((o) => (
              <li key={o.id}>{linkOrganisers ? <Link to={`/huvudman/${o.id}`}>{o.name}</Link> : o.name} ({formatOrgNumber(o.orgNumber)})</li>
            ))}
          </ul>
        </dd>
        <dt>{t.pair}</dt>
        <dd>{detail.leaderSkolverket?.name ?? t.noLeader} (Skolverket), {detail.leaderSpsm?.name ?? t.noLeader} (SPSM)</dd>
        <dt>{t.office}</dt>
        <dd>{office}</dd>
        <dt>{t.answerDeadline}</dt>
        <dd>{detail.answerDeadline ? formatDate(detail.answerDeadline, lang) : t.none}</dd>
        <dt>{t.schoolForms}</dt>
        <dd>{detail.schoolForms.length ? detail.schoolForms.map((f) => SCHOOL_FORM_LABELS[f][lang]).join(', ') : t.none}</dd>
        {detail.focusQuestion ? <><dt>{t.focusQuestion}</dt><dd>{detail.focusQuestion}</dd></> : null}
        {detail.purpose ? <><dt>{t.purpose}</dt><dd>{detail.purpose}</dd></> : null}
      </dl>
    </section>
  );
}
