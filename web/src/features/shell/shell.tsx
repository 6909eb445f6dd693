// The frame around every screen: skip link, navigation, language picker, who is signed in.
import type { ReactNode } from 'react';
import { api } from '../../api/endpoints.ts';
import { useApprovals } from '../../api/hooks.ts';
import { useLiveFeed } from '../../api/live.ts';
import { LOCALE_NAMES, LOCALES, toLocale, useI18n } from '../../i18n/i18n.tsx';
import { useRoute } from '../../router.ts';
import { useSession } from '../../session.ts';

/** Header, navigation and the main landmark holding the routed screen. */
export function Shell({ children, onLogout }: { children: ReactNode; onLogout: () => void }) {
  const { t, locale, setLocale } = useI18n();
  const { user, store } = useSession();
  const route = useRoute();
  useLiveFeed();
  const pending = useApprovals(user.role !== 'agent', 30_000).data?.items.length ?? 0;
  const links = [
    { href: '#/inbox', name: 'inbox', label: t('nav.inbox') },
    ...(user.role === 'agent'
      ? []
      : [
          {
            href: '#/approvals',
            name: 'approvals',
            label: pending ? `${t('nav.approvals')} (${pending})` : t('nav.approvals'),
          },
        ]),
    { href: '#/dashboard', name: 'dashboard', label: t('nav.dashboard') },
    ...(user.role === 'owner' ? [{ href: '#/settings', name: 'settings', label: t('nav.settings') }] : []),
  ];
  const logout = async () => {
    await api.logout().catch(() => undefined);
    onLogout();
  };
  return (
    <>
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skip')}
      </a>
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <span className="store">{store.name}</span>
        <nav aria-label={t('nav.main')}>
          <ul>
            {links.map((l) => (
              <li key={l.name}>
                <a
                  href={l.href}
                  aria-current={
                    route.name === l.name || (l.name === 'inbox' && route.name === 'case') ? 'page' : undefined
                  }
                >
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="spacer" />
        <label className="lang">
          <span className="sr-only">{t('nav.language')}</span>
          <select value={locale} onChange={(e) => setLocale(toLocale(e.target.value))} aria-label={t('nav.language')}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <span className="who">{t('nav.signedInAs', { name: user.name, role: t(`role.${user.role}`) })}</span>
        <button type="button" onClick={logout}>
          {t('nav.logout')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
