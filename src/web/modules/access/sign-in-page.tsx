/** /logga-in: the demo personas as cards, one sign-in button each. */
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import type { z } from 'zod';
import type { personaList } from '../../../shared/api/auth.ts';
import { ROLE_LABELS } from '../../../shared/roles.ts';
import type { ApiError } from '../../platform/api.ts';
import { useAuth } from '../../platform/auth.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { accessText } from './dictionary.ts';

type PersonaList = z.infer<typeof personaList>;
type Persona = PersonaList['items'][number];

function PersonaCard({ persona, busy, onSignIn }: { persona: Persona; busy: boolean; onSignIn: () => void }) {
  const t = useText(accessText);
  const { lang } = useLang();
  const organisation = persona.organiserName ?? (persona.agency ? t.agencies[persona.agency] : null);
  return (
    <li>
      <Card className="persona-card">
        <Heading level={2} data-size="xs">{persona.name}</Heading>
        <Paragraph data-size="sm">{ROLE_LABELS[persona.role][lang]}</Paragraph>
        {organisation ? <Paragraph data-size="sm" className="muted">{organisation}</Paragraph> : null}
        <Button data-size="sm" onClick={onSignIn} disabled={busy}>{t.signInAs(persona.name)}</Button>
      </Card>
    </li>
  );
}

function PersonaPicker() {
  const t = useText(accessText);
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const personas = useApi<PersonaList>('/api/auth/dev-personas');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError>();

  const onSignIn = async (persona: Persona) => {
    setBusy(persona.id);
    setError(undefined);
    try {
      await signIn(persona.id);
      await navigate('/', { replace: true });
    } catch (caught) {
      setError(caught as ApiError);
      setBusy(null);
    }
  };

  return (
    <>
      <LiveStatus>
        {personas.loading ? <Loading label={t.loadingPersonas} /> : null}
        {busy ? t.signingIn : null}
        {!personas.loading && personas.data && !busy ? t.personaCount(personas.data.items.length) : null}
      </LiveStatus>
      {personas.error ? <ErrorAlert error={personas.error} /> : null}
      {error ? <ErrorAlert error={error} announce /> : null}
      {personas.data ? (
        <ul className="persona-list" aria-label={t.personasLabel}>
          {personas.data.items.map((persona) => (
            <PersonaCard key={persona.id} persona={persona} busy={busy !== null} onSignIn={() => void onSignIn(persona)} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function SignInPage() {
  const t = useText(accessText);
  const { state } = useAuth();
  if (state.status === 'ready' && state.me.user) return <Navigate to="/" replace />;
  const devLogin = state.status === 'ready' && state.me.devLogin;
  return (
    <Page title={t.signInTitle} lead={devLogin ? <Paragraph>{t.demoLead}</Paragraph> : null}>
      {state.status === 'loading' ? <LiveStatus><Loading /></LiveStatus> : null}
      {state.status === 'failed' ? <ErrorAlert error={state.error} /> : null}
      {state.status === 'ready' && !devLogin ? <Paragraph>{t.noDevLogin}</Paragraph> : null}
      {devLogin ? <PersonaPicker /> : null}
    </Page>
  );
}
