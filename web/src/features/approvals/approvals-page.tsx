// The supervisor's queue: actions above an agent's limit, waiting for a yes or no.
import { api } from '../../api/endpoints.ts';
import { useApprovals, useCaseMutation } from '../../api/hooks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';
import { caseRef } from '../inbox/inbox-table.tsx';

/** Pending approvals with approve/reject buttons (supervisors and owners only). */
export function ApprovalsPage() {
  const { t, tx, money, dateTime } = useI18n();
  const { user } = useSession();
  const allowed = user.role !== 'agent';
  const list = useApprovals(allowed);
  const decide = useCaseMutation((a: { id: string; approve: boolean }) => api.decide(a.id, a.approve));
  if (!allowed) return <p>{t('approvals.onlySupervisors')}</p>;
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="approvals-title">
      <h1 id="approvals-title">{t('approvals.title')}</h1>
      {list.error && (
        <p role="alert" className="error">
          {t('common.error', { detail: list.error.message })}
        </p>
      )}
      {decide.error && (
        <p role="alert" className="error">
          {t('common.error', { detail: decide.error.message })}
        </p>
      )}
      {items.length === 0 && !list.loading && <p className="empty">{t('approvals.empty')}</p>}
      <ul className="approvals">
        {items.map((a) => (
          <li key={a.id} className="panel">
            <h2>
              {tx(`action.${a.kind}`, a.kind)} · {money(a.cost, a.currency)}
            </h2>
            <p>
              <a href={`#/cases/${a.caseId}`}>
                {caseRef(a.caseId)} {a.caseSubject}
              </a>
            </p>
            <p className="muted">
              {t('approvals.requestedBy', { name: a.requestedByName ?? '—' })} ·{' '}
              <time dateTime={a.createdAt}>{dateTime(a.createdAt)}</time>
            </p>
            {a.note && <p>{a.note}</p>}
            <div className="buttons">
              <button
                type="button"
                className="primary"
                disabled={decide.busy}
                onClick={() => decide.run({ id: a.id, approve: true })}
              >
                {t('approvals.approve')}
              </button>
              <button type="button" disabled={decide.busy} onClick={() => decide.run({ id: a.id, approve: false })}>
                {t('approvals.reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
