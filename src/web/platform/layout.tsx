/** The frame: skip link, header with navigation, user and language switch, the main landmark, footer. */
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../shared/roles.ts';
import { abilitiesOf } from './abilities.ts';
import { useAuth, type SignedInUser } from './auth.tsx';
import { platformText } from './dictionary.ts';
import { useLang, useText, type Lang } from './i18n.tsx';

function MainNav({ user }: { user: SignedInUser }) {
  const t = useText(platformText);
  const can = abilitiesOf(user.role);
  const items: { to: string; label: string; end?: boolean }[] = [];
  if (can.ownOrganiserOnly && user.organiserId) items.push({ to: `/huvudman/${user.organiserId}`, label: t.navMyOrganiser });
  if (can.leaderWeek) items.push({ to: '/min-vecka', label: t.navLeaderWeek });
  if (can.dialogues) items.push({ to: '/dialoger', label: t.navDialogues, end: true });
  if (can.rounds) items.push({ to: '/dialoger/omgangar', label: t.navRounds });
  if (can.holds) items.push({ to: '/uppehall', label: t.navHolds });
  if (can.registry) items.push({ to: '/huvudman', label: t.navOrganisers }, { to: '/skolenheter', label: t.navUnits }, { to: '/kommuner', label: t.navMunicipalities });
  if (can.catalogue) items.push({ to: '/kvalitetssystemet', label: t.navCatalogue });
  if (can.stats) items.push({ to: '/statistik', label: t.navStats });
  if (can.dialogueAggregates) items.push({ to: '/dialoger/siffror', label: t.navDialogueVolumes }, { to: '/dialoger/sammanstallning', label: t.navDialogueSummaries });
  if (can.editTaxonomy) items.push({ to: '/observationer/teman', label: t.navTaxonomy });
  if (can.runBasisBatch) items.push({ to: '/analysunderlag/bygg', label: t.navBasisBatch });
  // `end`: the registry import is not the current page on /import/varden.
  if (can.importRegistry) items.push({ to: '/import', label: t.navImport, end: true });
  if (can.importValues) items.push({ to: '/import/varden', label: t.navImportValues });
  if (can.outbox) items.push({ to: '/utkorg', label: t.navOutbox });
  if (can.apiKeys) items.push({ to: '/api-nycklar', label: t.navApiKeys });
  if (items.length === 0) return null;
  return (
    <nav aria-label={t.mainNav} className="main-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>{item.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useText(platformText);
  const next: Lang = lang === 'sv' ? 'en' : 'sv';
  return (
    <Button variant="tertiary" data-size="sm" lang={t.switchLanguageLang} onClick={() => setLang(next)}>
      {t.switchLanguage}
    </Button>
  );
}

function UserMenu({ user }: { user: SignedInUser }) {
  const { signOut } = useAuth();
  const { lang } = useLang();
  const t = useText(platformText);
  const navigate = useNavigate();
  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      await navigate('/logga-in');
    }
  };
  return (
    <div className="user-menu">
      <span className="user-name">
        <span className="ds-sr-only">{t.signedInAs} </span>
        {user.name}
        <span className="user-role">{ROLE_LABELS[user.role][lang]}</span>
      </span>
      <Button variant="secondary" data-size="sm" onClick={() => void onSignOut()}>{t.signOut}</Button>
    </div>
  );
}

export function Layout() {
  const { user } = useAuth();
  const t = useText(platformText);
  return (
    <div className="app" data-size="sm">
      <SkipLink href="#main">{t.skipToMain}</SkipLink>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand">
            <Link to="/" className="brand-name">{t.appName}</Link>
            <span className="brand-tagline">{t.appTagline}</span>
          </div>
          <div className="header-tools">
            <LanguageSwitch />
            {user ? <UserMenu user={user} /> : null}
          </div>
        </div>
        {user ? <div className="app-header-nav"><MainNav user={user} /></div> : null}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t.footer}</p>
      </footer>
    </div>
  );
}
