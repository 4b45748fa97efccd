/**
 * Who is signed in. Loads /api/auth/me once, keeps the CSRF token for the API client, and drops the
 * session as soon as any request answers 401 so that the guards send the user to the sign-in page.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '../../shared/api/auth.ts';
import { api, ApiError, setCsrfToken, setUnauthenticatedHandler } from './api.ts';

export type SignedInUser = NonNullable<Me['user']>;

export type AuthState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; me: Me };

interface AuthContextValue {
  state: AuthState;
  user: SignedInUser | null;
  refresh: () => Promise<void>;
  signIn: (persona: string) => Promise<SignedInUser>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

const signedOut = (devLogin: boolean): Me => ({ signedIn: false, user: null, csrfToken: null, devLogin });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const accept = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    setState({ status: 'ready', me });
  }, []);

  const refresh = useCallback(async () => {
    try {
      accept(await api<Me>('/api/auth/me'));
    } catch (error) {
      setState({ status: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'network', String(error)) });
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState((current) => ({ status: 'ready', me: signedOut(current.status === 'ready' ? current.me.devLogin : false) }));
    });
  }, []);

  const signIn = useCallback(async (persona: string) => {
    const me = await api<Me>('/api/auth/dev-login', { method: 'POST', body: { persona } });
    if (!me.user) throw new ApiError(401, 'unauthenticated', 'Inloggningen misslyckades.');
    accept(me);
    return me.user;
  }, [accept]);

  const signOut = useCallback(async () => {
    const devLogin = state.status === 'ready' ? state.me.devLogin : false;
    try {
      await api<void>('/api/auth/logout', { method: 'POST' });
    } finally {
      accept(signedOut(devLogin));
    }
  }, [accept, state]);

  const value = useMemo<AuthContextValue>(() => ({
    state,
    user: state.status === 'ready' ? state.me.user : null,
    refresh,
    signIn,
    signOut,
  }), [state, refresh, signIn, signOut]);

  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
