// The console: signs the user in, picks their interface language, and shows one screen per route.
import { useCallback } from 'react';
import { ApiError } from './api/client.ts';
import { useMe } from './api/hooks.ts';
import type { Me, Store } from './api/types.ts';
import { ApprovalsPage } from './features/approvals/approvals-page.tsx';
import { CasePage } from './features/case/case-page.tsx';
import { CustomerPage } from './features/customer/customer-page.tsx';
import { DashboardPage } from './features/dashboard/dashboard-page.tsx';
import { InboxPage } from './features/inbox/inbox-page.tsx';
import { LoginPage } from './features/login/login-page.tsx';
import { SettingsPage } from './features/settings/settings-page.tsx';
import { Shell } from './features/shell/shell.tsx';
import { I18nProvider, type Locale, storedLocale, toLocale } from './i18n/i18n.tsx';
import { useRoute } from './router.ts';
import { SessionContext } from './session.ts';

/** Root component: login gate, then the shell around the routed screen. */
export function App() {
  const me = useMe();
  if (me.loading && !me.data) return <p className="boot">…</p>;
  const unauth = me.error instanceof ApiError && me.error.status === 401;
  if (!me.data || unauth) {
    return (
      <I18nProvider initial={storedLocale(undefined)}>
        <LoginPage onDone={me.refetch} />
      </I18nProvider>
    );
  }
  return <SignedIn user={me.data.user} store={me.data.store} onLogout={me.refetch} />;
}

function SignedIn({ user, store, onLogout }: { user: Me; store: Store; onLogout: () => void }) {
  const initial = user.locale ? toLocale(user.locale) : storedLocale(user.id);
  const remember = useCallback(
    (l: Locale) => {
      localStorage.setItem(`aftersales.locale.${user.id}`, l);
      localStorage.setItem('aftersales.locale', l);
    },
    [user.id],
  );
  return (
    <I18nProvider initial={initial} onChange={remember}>
      <SessionContext.Provider value={{ user, store }}>
        <Shell onLogout={onLogout}>
          <Screen />
        </Shell>
      </SessionContext.Provider>
    </I18nProvider>
  );
}

function Screen() {
  const route = useRoute();
  switch (route.name) {
    case 'case':
      return <CasePage key={route.id} id={route.id} />;
    case 'customer':
      return <CustomerPage id={route.id} />;
    case 'approvals':
      return <ApprovalsPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <InboxPage params={route.params} />;
  }
}
