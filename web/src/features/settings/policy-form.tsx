// The policy table: every value with the seeds' default next to it; money values in the store currency.
import { type FormEvent, useState } from 'react';
import { DEFAULT_POLICY } from '../../../../src/core/policy/default-policy.ts';
import type { Policy } from '../../../../src/core/types.ts';
import { api } from '../../api/endpoints.ts';
import { queryKeys } from '../../api/keys.ts';
import { useMutation } from '../../api/query.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';

const MONEY = new Set([
  'goodwillLimit',
  'highValueThreshold',
  'refundApprovalLimit',
  'expensiveItem',
  'valuedCustomerLifetimeValue',
]);
const KEYS = Object.keys(DEFAULT_POLICY).filter(
  (k): k is Exclude<keyof Policy, 'personalizationCustomerErrorDefault'> => k !== 'personalizationCustomerErrorDefault',
);

/** One input per numeric policy value plus the personalisation default. */
export function PolicyForm() {
  const { t, tx, money } = useI18n();
  const { store } = useSession();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      KEYS.map((k) => {
        const v = store.policy[k];
        return [k, v === undefined ? '' : String(MONEY.has(k) ? v / 100 : v)];
      }),
    ),
  );
  const [redo, setRedo] = useState(store.policy.personalizationCustomerErrorDefault ?? '');
  const [saved, setSaved] = useState(false);
  const save = useMutation(api.savePolicy, [queryKeys.me]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    // The API merges: a cleared field is sent as null to go back to the default; other overrides stay.
    const policy: Record<string, unknown> = {};
    for (const k of KEYS) {
      const raw = values[k]?.trim();
      policy[k] = raw ? (MONEY.has(k) ? Math.round(Number(raw) * 100) : Number(raw)) : null;
    }
    policy.personalizationCustomerErrorDefault = redo || null;
    await save
      .run(policy)
      .then(() => setSaved(true))
      .catch(() => undefined);
  };
  const shownDefault = (k: (typeof KEYS)[number]) =>
    MONEY.has(k) ? money(DEFAULT_POLICY[k], store.currency) : String(DEFAULT_POLICY[k]);
  return (
    <section className="panel" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('settings.policy')}</h2>
      <form onSubmit={submit} className="policy">
        {KEYS.map((k) => (
          <label key={k}>
            {tx(`policy.${k}`, k)}
            <input
              type="number"
              step="any"
              min={0}
              value={values[k] ?? ''}
              placeholder={shownDefault(k)}
              onChange={(e) => {
                setSaved(false);
                setValues({ ...values, [k]: e.target.value });
              }}
            />
            <span className="hint">{t('common.default', { value: shownDefault(k) })}</span>
          </label>
        ))}
        <label>
          {t('policy.personalizationCustomerErrorDefault')}
          <select value={redo} onChange={(e) => setRedo(e.target.value)}>
            <option value="">
              {t('common.default', { value: tx(`action.${DEFAULT_POLICY.personalizationCustomerErrorDefault}`) })}
            </option>
            <option value="redo_at_cost">{t('action.redo_at_cost')}</option>
            <option value="redo_free">{t('action.redo_free')}</option>
          </select>
        </label>
        {save.error && (
          <p role="alert" className="error">
            {save.error.message}
          </p>
        )}
        {saved && <p role="status">{t('common.saved')}</p>}
        <button type="submit" className="primary" disabled={save.busy}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
