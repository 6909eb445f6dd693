// Every action an agent can take from the case, and the ones already taken with their state.
import type { ActionKind } from '../../../../src/core/types.ts';
import type { CaseAction } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

export const CONSOLE_ACTIONS: readonly ActionKind[] = [
  'reship',
  'refund_partial',
  'refund_full',
  'compensation',
  'exchange',
  'return_refund',
  'carrier_trace',
  'carrier_claim',
  'cancel_order',
  'hold_until_cleared',
  'change_address',
  'flag_customer',
  'redo_free',
  'redo_at_cost',
  'escalate_supervisor',
];

type Props = { actions: CaseAction[]; currency: string; disabled: boolean; onChoose: (kind: ActionKind) => void };

/** Buttons for each action plus the history. */
export function ActionsPanel({ actions, currency, disabled, onChoose }: Props) {
  const { t, tx, money, dateTime } = useI18n();
  return (
    <section aria-labelledby="actions-title" className="panel">
      <h2 id="actions-title">{t('case.actions')}</h2>
      <ul className="chips">
        {CONSOLE_ACTIONS.map((a) => (
          <li key={a}>
            <button type="button" disabled={disabled} onClick={() => onChoose(a)}>
              {tx(`action.${a}`, a)}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('case.actions.history')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t('case.actions.none')}</p>
      ) : (
        <ul className="history" data-testid="action-history">
          {actions.map((a) => (
            <li key={a.id}>
              <strong>{tx(`action.${a.kind}`, a.kind)}</strong> · {money(a.cost, currency)} ·{' '}
              <span className={`badge action-${a.status}`}>{tx(`case.action.status.${a.status}`, a.status)}</span>{' '}
              <time className="muted" dateTime={a.createdAt}>
                {dateTime(a.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
