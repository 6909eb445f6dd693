// Closing needs the record (S28/S29): category, root cause, resolution and cost. The form refuses
// to submit without them, and the server refuses too.
import { type FormEvent, useState } from 'react';
import { CATEGORIES } from '../../../../src/core/types.ts';
import type { CaseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Record_ = { category: string; rootCause: string; resolution: string; cost: number };
type Props = { detail: CaseDetail; busy: boolean; serverError: string | null; onClose: (r: Record_) => void };

/** The record form with the case's values pre-filled where the desk knows them. */
export function CloseCaseForm({ detail, busy, serverError, onClose }: Props) {
  const { t, tx } = useI18n();
  const [category, setCategory] = useState(detail.category);
  const [rootCause, setRootCause] = useState(detail.rootCause ?? '');
  const [resolution, setResolution] = useState(detail.resolution ?? '');
  const [cost, setCost] = useState((detail.costTotal / 100).toFixed(2));
  const [missing, setMissing] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const gaps = [
      !category && t('inbox.filter.category'),
      !rootCause.trim() && t('case.close.rootCause'),
      !resolution.trim() && t('case.close.resolution'),
      (cost.trim() === '' || Number.isNaN(Number(cost))) && t('case.close.cost', { currency: detail.currency }),
    ].filter((g): g is string => typeof g === 'string');
    setMissing(gaps);
    if (gaps.length === 0)
      onClose({
        category,
        rootCause: rootCause.trim(),
        resolution: resolution.trim(),
        cost: Math.round(Number(cost) * 100),
      });
  };
  return (
    <section aria-labelledby="close-title" className="panel">
      <h2 id="close-title">{t('case.close.title')}</h2>
      <form onSubmit={submit} noValidate>
        <label>
          {t('inbox.filter.category')}
          <select value={category} onChange={(e) => setCategory(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {tx(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('case.close.rootCause')}
          <input
            name="rootCause"
            value={rootCause}
            onChange={(e) => setRootCause(e.target.value)}
            aria-invalid={missing.includes(t('case.close.rootCause'))}
          />
        </label>
        <label>
          {t('case.close.resolution')}
          <textarea
            name="resolution"
            value={resolution}
            onChange={(e) => setResolution(e.target.value)}
            aria-invalid={missing.includes(t('case.close.resolution'))}
          />
        </label>
        <label>
          {t('case.close.cost', { currency: detail.currency })}
          <input name="cost" type="number" step="0.01" min={0} value={cost} onChange={(e) => setCost(e.target.value)} />
        </label>
        {missing.length > 0 && (
          <p role="alert" className="error">
            {t('case.close.missing', { fields: missing.join(', ') })}
          </p>
        )}
        {serverError && (
          <p role="alert" className="error">
            {serverError}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('case.close.submit')}
        </button>
      </form>
    </section>
  );
}
