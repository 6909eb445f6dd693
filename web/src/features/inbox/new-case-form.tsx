// Opening a case by hand — a phone call, a walk-in, a message from elsewhere — through the same
// intake rules as every channel (POST /cases), then straight to the case.
import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { useCaseMutation } from '../../api/hooks.ts';
import { CHANNELS } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { navigate } from '../../router.ts';

const EMPTY = { from: '', name: '', channel: 'phone', orderRef: '', text: '' };

/** A disclosure button with the small form under it. */
export function NewCaseForm() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState(EMPTY);
  const create = useCaseMutation(api.createCase);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const from = form.from.includes(':')
      ? form.from.trim()
      : `${form.from.includes('@') ? 'email' : 'phone'}:${form.from.trim()}`;
    const made = await create
      .run({
        from,
        channel: form.channel,
        text: form.text.trim(),
        name: form.name.trim() || undefined,
        orderRef: form.orderRef.trim() || undefined,
      })
      .catch(() => null);
    if (!made) return;
    setForm(EMPTY);
    setOpen(false);
    navigate(`#/cases/${made.caseId}`);
  };
  return (
    <div className="new-case">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('newCase.open')}
      </button>
      {open && (
        <form className="panel inline-form" onSubmit={submit} aria-label={t('newCase.open')}>
          <label>
            {t('newCase.from')}
            <input
              required
              value={form.from}
              placeholder="+86 138… / name@example.com"
              onChange={(e) => setForm({ ...form, from: e.target.value })}
            />
          </label>
          <label>
            {t('settings.user.name')}
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </label>
          <label>
            {t('inbox.filter.channel')}
            <select value={form.channel} onChange={(e) => setForm({ ...form, channel: e.target.value })}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`channel.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('newCase.orderRef')}
            <input value={form.orderRef} onChange={(e) => setForm({ ...form, orderRef: e.target.value })} />
          </label>
          <label className="block">
            {t('newCase.text')}
            <textarea required value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
          </label>
          {create.error && (
            <p role="alert" className="error">
              {t('common.error', { detail: create.error.message })}
            </p>
          )}
          <button type="submit" className="primary" disabled={create.busy}>
            {t('newCase.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
