/** Route guards: signed in at all, and a role allowed to see the page. */
import { Button, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { abilitiesOf, type Abilities } from './abilities.ts';
import { useAuth } from './auth.tsx';
import { platformText } from './dictionary.ts';
import { ForbiddenPage } from './error-pages.tsx';
import { useText } from './i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from './status.tsx';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state, refresh } = useAuth();
  const t = useText(platformText);
  const location = useLocation();
  if (state.status === 'loading') {
    return <LiveStatus><Loading label={t.loadingApp} /></LiveStatus>;
  }
  if (state.status === 'failed') {
    return (
      <div className="page">
        <Heading level={1} data-size="lg">{t.appFailed}</Heading>
        <ErrorAlert error={state.error}>
          <Button variant="secondary" onClick={() => void refresh()}>{t.tryAgain}</Button>
        </ErrorAlert>
      </div>
    );
  }
  if (!state.me.user) return <Navigate to="/logga-in" replace state={{ from: location.pathname }} />;
  return children;
}

export function RequireAbility({ ability, children }: { ability: keyof Abilities; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !abilitiesOf(user.role)[ability]) return <ForbiddenPage />;
  return children;
}

/** The abilities of the signed-in user; only for use below RequireAuth. */
export function useAbilities(): Abilities {
  const { user } = useAuth();
  if (!user) throw new Error('useAbilities outside RequireAuth');
  return abilitiesOf(user.role);
}
