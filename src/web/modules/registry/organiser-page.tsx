/** /huvudman/:id: one organiser with facts, concern, editing, units, contact persons and history. */
import { Alert, Button, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { OrganiserDetail } from '../../../shared/api/registry.ts';
import { ORGANISER_KIND_LABELS, ORGANISER_STATUS_LABELS, type OrganiserStatus } from '../../../shared/organiser.ts';
import { OrganiserTimeline } from '../dialogues/week/index.ts';
import { useAbilities } from '../../platform/guards.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { ContactsSection } from './contacts-section.tsx';
import { HistorySection } from './history-section.tsx';
import { ConcernSection, OrganiserFacts } from './organiser-facts.tsx';
import { organiserText } from './organiser-dictionary.ts';
import { OrganiserEditForm } from './organiser-edit-form.tsx';
import { UnitsSection } from './units-section.tsx';

const STATUS_COLOR: Record<OrganiserStatus, 'success' | 'warning' | 'neutral'> = { active: 'success', dormant: 'warning', ceased: 'neutral' };

function OrganiserContent({ organiser, etag, onSaved, onReload }: {
  organiser: OrganiserDetail;
  etag: string | null;
  onSaved: (organiser: OrganiserDetail, etag: string | null) => void;
  onReload: () => void;
}) {
  const o = useText(organiserText);
  const { lang } = useLang();
  const can = useAbilities();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [revision, setRevision] = useState(0);
  const editButton = useRef<HTMLButtonElement>(null);
  const bump = () => setRevision((n) => n + 1);

  return (
    <Page
      title={organiser.name}
      lead={
        <div className="tags">
          <Tag data-color={STATUS_COLOR[organiser.status]}>{ORGANISER_STATUS_LABELS[organiser.status][lang]}</Tag>
          <Tag data-color="neutral">{ORGANISER_KIND_LABELS[organiser.kind][lang]}</Tag>
        </div>
      }
    >
      {can.editOrganiser ? (
        <div className="edit-area">
          <LiveStatus>{saved ? <Alert data-color="success"><Paragraph>{o.saved}</Paragraph></Alert> : null}</LiveStatus>
          <Button ref={editButton} variant="secondary" aria-expanded={editing} onClick={() => { setEditing(!editing); setSaved(false); }}>
            {editing ? o.editClose : o.editOpen}
          </Button>
          {editing ? (
            <OrganiserEditForm
              key={organiser.version}
              organiser={organiser}
              etag={etag}
              onSaved={(next, nextEtag) => {
                onSaved(next, nextEtag);
                setEditing(false);
                setSaved(true);
                bump();
                editButton.current?.focus();
              }}
              onCancel={() => { setEditing(false); editButton.current?.focus(); }}
              onReload={onReload}
            />
          ) : null}
        </div>
      ) : null}
      {can.analysisBasis ? (
        <Paragraph className="link-row">
          <DsLink asChild><Link to={`/huvudman/${organiser.id}/analysunderlag`}>{o.analysisBasisLink}</Link></DsLink>
          {can.selfAssessment ? <DsLink asChild><Link to={`/huvudman/${organiser.id}/sjalvskattning`}>{o.selfAssessmentLink}</Link></DsLink> : null}
        </Paragraph>
      ) : null}
      <OrganiserFacts organiser={organiser} />
      <ConcernSection organiser={organiser} />
      <UnitsSection organiser={organiser} />
      {can.contacts ? <ContactsSection organiserId={organiser.id} canEdit={can.editContacts} onChanged={bump} /> : null}
      {can.organiserTimeline ? <OrganiserTimeline organiserId={organiser.id} /> : null}
      {can.history ? <HistorySection organiserId={organiser.id} revision={revision} /> : null}
    </Page>
  );
}

/** Keyed by id, so that following a concern link starts the next organiser from a clean slate. */
export function OrganiserPage() {
  const { id = '' } = useParams();
  return <OrganiserView key={id} id={id} />;
}

function OrganiserView({ id }: { id: string }) {
  const o = useText(organiserText);
  const detail = useApi<OrganiserDetail>(`/api/organisers/${encodeURIComponent(id)}`);
  const [etag, setEtag] = useState<string | null>(null);
  // A newer ETag from a save wins over the one the page was loaded with.
  const currentEtag = etag ?? detail.headers?.get('etag') ?? null;

  if (detail.data) {
    return (
      <OrganiserContent
        organiser={detail.data}
        etag={currentEtag}
        onSaved={(next, nextEtag) => { detail.setData(next); setEtag(nextEtag ?? `"${next.version}"`); }}
        onReload={() => { setEtag(null); detail.reload(); }}
      />
    );
  }
  return (
    <Page title={o.loadingTitle}>
      <LiveStatus>{detail.loading ? <Loading label={o.loadingOrganiser} /> : null}</LiveStatus>
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
    </Page>
  );
}
