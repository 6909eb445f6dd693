// The confirmation before an action: its parameters (pre-filled), its effect in words, its cost,
// and whether it will wait for a supervisor. Nothing happens until the agent confirms.
import { useEffect, useRef, useState } from 'react';
import type { ActionKind } from '../../../../src/core/types.ts';
import { type ActionParams, planAction } from '../../../../src/flows/console-action-plan.ts';
import type { CaseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';
import { ActionFields } from './action-fields.tsx';
import { actionContext } from './case-context.ts';
import { describeEffect } from './describe-effect.ts';

type Props = {
  kind: ActionKind;
  detail: CaseDetail;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: (params: ActionParams) => void;
};

/** A modal dialog; Escape or Cancel closes it. */
export function ActionDialog({ kind, detail, busy, error, onCancel, onConfirm }: Props) {
  const { t, tx, money } = useI18n();
  const { store, user } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const shipment = detail.shipments[0];
  const claimed = detail.claim?.lines?.[0];
  const [params, setParams] = useState<ActionParams>(() => ({
    sku: claimed?.sku,
    qty: claimed?.qty,
    carrier: shipment?.carrier ?? undefined,
    trackingNo: shipment?.trackingNo ?? undefined,
    amount: kind === 'refund_partial' ? detail.assessment?.recommendation.refund?.amount : undefined,
    declaredValue: detail.order?.amountPaid,
    deliveryConfirmation: shipment?.events.find((e) => e.status === 'delivered')?.at,
    photos: detail.messages.reduce((n, m) => n + m.attachments.filter((a) => a.kind === 'photo').length, 0),
    recipient: detail.order?.identity ?? undefined,
    flag: kind === 'flag_customer' ? 'photo_before_ship' : undefined,
  }));
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  const plan = planAction(kind, params, actionContext(detail, store));
  const currency = detail.currency;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="action-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (plan.ok) onConfirm(plan.params);
        }}
      >
        <h2 id="action-title">{t('action.dialog.title', { action: tx(`action.${kind}`, kind) })}</h2>
        <ActionFields
          kind={kind}
          detail={detail}
          params={params}
          maxAmount={plan.ok ? plan.maxAmount : null}
          onChange={setParams}
        />
        {plan.ok ? (
          <dl className="kv effect">
            <dt>{t('action.dialog.effect')}</dt>
            <dd data-testid="action-effect">{describeEffect(kind, plan.params, tx, (n) => money(n, currency))}</dd>
            <dt>{t('action.dialog.cost')}</dt>
            <dd data-testid="action-cost">{money(plan.cost, currency)}</dd>
          </dl>
        ) : (
          <p role="alert" className="error">
            {plan.reason === 'address_needs_ordering_identity'
              ? t('action.addressRefused')
              : tx(`action.invalid.${plan.reason}`, plan.reason)}
          </p>
        )}
        {plan.ok && plan.needsApproval(user.role) && (
          <p className="warn" role="status">
            {t('action.dialog.approval')}
          </p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="buttons">
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!plan.ok || busy}>
            {t('common.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
