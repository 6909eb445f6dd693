// Owner settings: the store's policy (each value beside its default), users and roles, templates.

import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';
import { PolicyForm } from './policy-form.tsx';
import { TemplatesSection } from './templates-section.tsx';
import { UsersSection } from './users-section.tsx';

/** Three sections; only the owner may change them (the server enforces it too). */
export function SettingsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  if (user.role !== 'owner') return <p>{t('settings.ownerOnly')}</p>;
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <PolicyForm />
      <UsersSection />
      <TemplatesSection />
    </section>
  );
}
