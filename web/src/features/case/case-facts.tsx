// The case's headline facts: status, category, dispute kind, fault, language, customer, assignee.
import { CASE_STATUSES, type CaseDetail, type CaseStatus } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';

type Props = { detail: CaseDetail; onAssignMe: () => void; onStatus: (s: Exclude<CaseStatus, 'closed'>) => void };

/** Key facts; status is changed here (closing goes through the record form). */
export function CaseFacts({ detail: c, onAssignMe, onStatus }: Props) {
  const { t, tx } = useI18n();
  const { user } = useSession();
  const a = c.assessment;
  return (
    <section aria-labelledby="facts-title" className="panel">
      <h2 id="facts-title">{t('case.facts')}</h2>
      <dl className="kv">
        <dt>{t('case.fact.status')}</dt>
        <dd>
          {c.status === 'closed' ? (
            <span className="badge status-closed">{tx('status.closed')}</span>
          ) : (
            <select
              aria-label={t('case.fact.status')}
              value={c.status}
              onChange={(e) => {
                const next = CASE_STATUSES.find((s) => s === e.target.value);
                if (next && next !== 'closed') onStatus(next);
              }}
            >
              {CASE_STATUSES.filter((s) => s !== 'closed').map((s) => (
                <option key={s} value={s}>
                  {tx(`status.${s}`)}
                </option>
              ))}
            </select>
          )}
        </dd>
        <dt>{t('case.fact.category')}</dt>
        <dd data-testid="case-category">{tx(`category.${c.category}`)}</dd>
        <dt>{t('case.fact.dispute')}</dt>
        <dd>{tx(`dispute.${a?.disputeKind ?? 'none'}`)}</dd>
        <dt>{t('case.fact.fault')}</dt>
        <dd>{tx(`fault.${a?.fault ?? 'unknown'}`)}</dd>
        <dt>{t('case.fact.language')}</dt>
        <dd>{c.language}</dd>
        <dt>{t('case.fact.customer')}</dt>
        <dd>
          {c.customer ? (
            <a href={`#/customers/${c.customer.id}`}>{c.customer.name ?? c.customer.id.slice(0, 8)}</a>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('case.fact.assignee')}</dt>
        <dd>
          {c.assigneeId === user.id
            ? user.name
            : c.assigneeId
              ? (c.assigneeName ?? c.assigneeId.slice(0, 8))
              : t('inbox.unassigned')}{' '}
          {c.assigneeId !== user.id && (
            <button type="button" onClick={onAssignMe}>
              {t('case.assignMe')}
            </button>
          )}
        </dd>
      </dl>
    </section>
  );
}
