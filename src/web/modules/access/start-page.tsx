/** /: sends each role to where its work starts. */
import { Paragraph } from '@digdir/designsystemet-react';
import { Navigate } from 'react-router';
import { homePath } from '../../platform/abilities.ts';
import { useAuth } from '../../platform/auth.tsx';
import { useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { accessText } from './dictionary.ts';

export function StartPage() {
  const { user } = useAuth();
  const t = useText(accessText);
  const target = user ? homePath(user.role, user.organiserId) : '/logga-in';
  if (target) return <Navigate to={target} replace />;
  return (
    <Page title={t.noOrganiserTitle}>
      <Paragraph>{t.noOrganiserText}</Paragraph>
    </Page>
  );
}
