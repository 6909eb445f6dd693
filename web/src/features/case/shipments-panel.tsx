// Shipments with their tracking events and the weighed vs expected weight (the S1 check, visible).
import type { Order, Shipment } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** Expected weight of the full order: items plus packaging, or null when an item weight is unknown. */
export function expectedWeight(order: Order | null, packagingG: number | null): number | null {
  if (!order?.lines.length) return null;
  let sum = packagingG ?? 0;
  for (const l of order.lines) {
    if (l.unitWeightG == null) return null;
    sum += l.qty * l.unitWeightG;
  }
  return sum;
}

/** One block per shipment. */
export function ShipmentsPanel({ shipments, order }: { shipments: Shipment[]; order: Order | null }) {
  const { t, tx, dateTime } = useI18n();
  return (
    <section aria-labelledby="shipments-title" className="panel">
      <h2 id="shipments-title">{t('case.shipments')}</h2>
      {shipments.length === 0 && <p className="muted">{t('case.shipment.none')}</p>}
      {shipments.map((s) => {
        const expected = expectedWeight(order, s.packagingWeightG);
        return (
          <div key={s.id} className="shipment">
            <dl className="kv">
              <dt>{t('action.field.carrier')}</dt>
              <dd>{[s.carrier, s.service].filter(Boolean).join(' · ') || t('common.none')}</dd>
              <dt>{t('case.shipment.tracking')}</dt>
              <dd>{s.trackingNo ?? t('common.none')}</dd>
              <dt>{t('case.shipment.weighed')}</dt>
              <dd data-testid="weighed">{s.weightG == null ? t('common.none') : `${s.weightG} g`}</dd>
              <dt>{t('case.shipment.expected')}</dt>
              <dd>{expected == null ? t('common.none') : `${expected} g`}</dd>
              <dt>{t('case.shipment.packaging')}</dt>
              <dd>{s.packagingWeightG == null ? t('common.none') : `${s.packagingWeightG} g`}</dd>
              <dt>{t('case.shipment.signature')}</dt>
              <dd>{s.signature ? t('common.yes') : t('common.no')}</dd>
            </dl>
            <h3>{t('case.shipment.events')}</h3>
            <ol className="events">
              {s.events.map((e) => (
                <li key={`${e.at}-${e.status}`}>
                  <time dateTime={e.at}>{dateTime(e.at)}</time> — {tx(`verdict.${e.status}`, e.status)}
                  {e.location ? ` · ${e.location}` : ''}
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
