// The store's reply templates (话术); saving one that fails the tone guard is refused by the server.
import { type FormEvent, useState } from 'react';
import { CATEGORIES, CORE_LANGUAGES, STAGES } from '../../../../src/core/types.ts';
import { api } from '../../api/endpoints.ts';
import { useTemplates } from '../../api/hooks.ts';
import { queryKeys } from '../../api/keys.ts';
import { useMutation } from '../../api/query.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The list of templates and a form to add one. */
export function TemplatesSection() {
  const { t, tx } = useI18n();
  const list = useTemplates();
  const save = useMutation(api.saveTemplate, [queryKeys.templates]);
  const empty = { name: '', category: '', stage: '', language: 'en', body: '' };
  const [form, setForm] = useState(empty);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save
      .run({ ...form, category: form.category || null, stage: form.stage || null })
      .then(() => setForm(empty))
      .catch(() => undefined);
  };
  return (
    <section className="panel" aria-labelledby="templates-title">
      <h2 id="templates-title">{t('settings.templates')}</h2>
      <ul className="templates">
        {(list.data?.items ?? []).map((tp) => (
          <li key={tp.id}>
            <strong>{tp.name}</strong>{' '}
            <span className="muted">
              {[tp.language, tp.category && tx(`category.${tp.category}`), tp.stage && tx(`stage.${tp.stage}`)]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <p className="pre" lang={tp.language}>
              {tp.body}
            </p>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="inline-form">
        <label>
          {t('settings.template.name')}
          <input required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </label>
        <label>
          {t('settings.template.category')}
          <select value={form.category} onChange={(e) => setForm({ ...form, category: e.target.value })}>
            <option value="">{t('inbox.filter.any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tx(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.template.stage')}
          <select value={form.stage} onChange={(e) => setForm({ ...form, stage: e.target.value })}>
            <option value="">{t('inbox.filter.any')}</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {tx(`stage.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.template.language')}
          <select value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value })}>
            {CORE_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t('settings.template.body')}
          <textarea required value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} />
        </label>
        {save.error && (
          <p role="alert" className="error">
            {save.error.message}
          </p>
        )}
        <button type="submit" disabled={save.busy}>
          {t('settings.template.add')}
        </button>
      </form>
    </section>
  );
}
