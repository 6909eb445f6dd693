// The order behind the case: lines, discounts, points, shipping, amount paid and payment state.
import type { Order } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Order lines and money, in the store currency. */
export function OrderPanel({ order, currency }: { order: Order | null; currency: string }) {
  const { t, tx, money, dateTime } = useI18n();
  if (!order)
    return (
      <section className="panel">
        <h2>{t('case.order', { id: '' })}</h2>
        <p className="muted">{t('case.noOrder')}</p>
      </section>
    );
  return (
    <section aria-labelledby="order-title" className="panel">
      <h2 id="order-title">{t('case.order', { id: order.number })}</h2>
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">{t('case.order.item')}</th>
            <th scope="col">{t('case.order.qty')}</th>
            <th scope="col">{t('case.order.unit')}</th>
            <th scope="col">{t('case.order.weight')}</th>
            <th scope="col">{t('case.order.lineTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.sku}>
              <td>
                {l.name ?? l.sku} <span className="muted">{l.sku}</span>
              </td>
              <td>{l.qty}</td>
              <td>{money(l.unitPrice, currency)}</td>
              <td>{l.unitWeightG == null ? t('common.none') : `${l.unitWeightG} g`}</td>
              <td>{money(l.qty * l.unitPrice, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="kv">
        <dt>{t('case.order.discounts')}</dt>
        <dd>
          {order.discounts.length
            ? order.discounts.map((d) => `${d.code ?? ''} −${money(d.amount, currency)}`).join(', ')
            : t('common.none')}
        </dd>
        <dt>{t('case.order.points')}</dt>
        <dd>{order.pointsUsed}</dd>
        <dt>{t('case.order.shipping')}</dt>
        <dd>{money(order.shippingFee, currency)}</dd>
        <dt>{t('case.order.paid')}</dt>
        <dd>
          <strong>{money(order.amountPaid, currency)}</strong>
        </dd>
        <dt>{t('case.fact.status')}</dt>
        <dd>{tx(`orderStatus.${order.status}`, order.status)}</dd>
        <dt>{t('case.order.payment')}</dt>
        <dd>{[order.paymentMethod, order.paymentStatus].filter(Boolean).join(' · ') || t('common.none')}</dd>
        <dt>{t('case.order.placed')}</dt>
        <dd>{dateTime(order.placedAt)}</dd>
        {order.needBy && (
          <>
            <dt>{t('case.order.needBy')}</dt>
            <dd>{dateTime(order.needBy)}</dd>
          </>
        )}
        <dt>{t('case.order.identity')}</dt>
        <dd>{order.identity ?? t('common.none')}</dd>
      </dl>
    </section>
  );
}
