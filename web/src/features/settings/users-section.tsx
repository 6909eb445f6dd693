// Users of the store and their roles; the owner adds people and changes roles.
import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { useUsers } from '../../api/hooks.ts';
import { queryKeys } from '../../api/keys.ts';
import { useMutation } from '../../api/query.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const ROLES = ['agent', 'supervisor', 'owner'] as const;

/** A table of users with a role select each, and a small add form. */
export function UsersSection() {
  const { t } = useI18n();
  const users = useUsers();
  const setRole = useMutation((a: { id: string; role: string }) => api.setRole(a.id, a.role), [queryKeys.users]);
  const add = useMutation(api.addUser, [queryKeys.users]);
  const [form, setForm] = useState({ name: '', email: '', role: 'agent', password: '' });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add
      .run(form)
      .then(() => setForm({ name: '', email: '', role: 'agent', password: '' }))
      .catch(() => undefined);
  };
  return (
    <section className="panel" aria-labelledby="users-title">
      <h2 id="users-title">{t('settings.users')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('settings.user.name')}</th>
            <th scope="col">{t('settings.user.email')}</th>
            <th scope="col">{t('settings.user.role')}</th>
          </tr>
        </thead>
        <tbody>
          {(users.data?.items ?? []).map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>
                <select
                  aria-label={`${t('settings.user.role')}: ${u.name}`}
                  value={u.role}
                  onChange={(e) => setRole.run({ id: u.id, role: e.target.value }).catch(() => undefined)}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={submit} className="inline-form">
        <label>
          {t('settings.user.name')}
          <input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('settings.user.email')}
          <input
            type="email"
            required
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
          />
        </label>
        <label>
          {t('settings.user.role')}
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.user.password')}
          <input
            type="password"
            required
            minLength={10}
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </label>
        {(add.error ?? setRole.error) && (
          <p role="alert" className="error">
            {(add.error ?? setRole.error)?.message}
          </p>
        )}
        <button type="submit" disabled={add.busy}>
          {t('settings.user.add')}
        </button>
      </form>
    </section>
  );
}
