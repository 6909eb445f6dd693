// The case's headline facts: status, category, dispute kind, fault, language, customer, assignee.
import type { CaseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';

/** Key facts with a link to the customer page and an "assign to me" shortcut. */
export function CaseFacts({ detail: c, onAssignMe }: { detail: CaseDetail; onAssignMe: () => void }) {
  const { t, tx } = useI18n();
  const { user } = useSession();
  const a = c.assessment;
  return (
    <section aria-labelledby="facts-title" className="panel">
      <h2 id="facts-title">{t('case.facts')}</h2>
      <dl className="kv">
        <dt>{t('case.fact.status')}</dt>
        <dd>
          <span className={`badge status-${c.status}`}>{tx(`status.${c.status}`)}</span>
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
          {c.assigneeId === user.id ? user.name : c.assigneeId ? c.assigneeId.slice(0, 8) : t('inbox.unassigned')}{' '}
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
