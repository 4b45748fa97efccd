/** Pages for "not allowed" and "no such page"; each still has its h1 and a way back. */
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { platformText } from './dictionary.ts';
import { useText } from './i18n.tsx';
import { Page } from './page.tsx';

export function ForbiddenPage() {
  const t = useText(platformText);
  return (
    <Page title={t.forbiddenTitle}>
      <Paragraph>{t.forbiddenText}</Paragraph>
      <Paragraph>
        <DsLink asChild><Link to="/">{t.toStart}</Link></DsLink>
      </Paragraph>
    </Page>
  );
}

export function NotFoundPage() {
  const t = useText(platformText);
  return (
    <Page title={t.notFoundTitle}>
      <Paragraph>{t.notFoundText}</Paragraph>
      <Paragraph>
        <DsLink asChild><Link to="/">{t.toStart}</Link></DsLink>
      </Paragraph>
    </Page>
  );
}
