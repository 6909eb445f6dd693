// The editable parameters of an action, pre-filled from the case (S26: what a carrier claim needs).
import type { ActionKind } from '../../../../src/core/types.ts';
import type { ActionParams } from '../../../../src/flows/console-action-plan.ts';
import type { CaseDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Props = {
  kind: ActionKind;
  detail: CaseDetail;
  params: ActionParams;
  maxAmount: number | null;
  onChange: (p: ActionParams) => void;
};

const QTY: readonly ActionKind[] = [
  'reship',
  'reship_with_return_label',
  'redo_free',
  'refund_partial',
  'return_refund',
  'exchange',
];
const AMOUNT: readonly ActionKind[] = [
  'refund_full',
  'refund_partial',
  'compensation',
  'return_refund',
  'cancel_order',
];
const CARRIER: readonly ActionKind[] = [
  'reship',
  'reship_with_return_label',
  'carrier_trace',
  'carrier_claim',
  'redo_free',
];

/** Minor units ↔ the decimal an agent types. */
const toMajor = (minor: number | undefined) => (minor === undefined ? '' : (minor / 100).toFixed(2));
const toMinor = (text: string) => (text.trim() === '' ? undefined : Math.round(Number(text) * 100));

/** The fields that apply to `kind`. */
export function ActionFields({ kind, detail, params, maxAmount, onChange }: Props) {
  const { t, money } = useI18n();
  const set = (patch: ActionParams) => onChange({ ...params, ...patch });
  const lines = detail.order?.lines ?? [];
  const currency = detail.currency;
  return (
    <div className="fields">
      {QTY.includes(kind) && lines.length > 0 && (
        <>
          <label>
            {t('action.field.sku')}
            <select
              value={params.sku ?? lines[0]?.sku}
              onChange={(e) => set({ sku: e.target.value, amount: undefined })}
            >
              {lines.map((l) => (
                <option key={l.sku} value={l.sku}>
                  {l.name ?? l.sku}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('action.field.qty')}
            <input
              type="number"
              min={1}
              step={1}
              value={params.qty ?? 1}
              onChange={(e) => set({ qty: Number(e.target.value), amount: undefined })}
            />
          </label>
        </>
      )}
      {CARRIER.includes(kind) && (
        <label>
          {t('action.field.carrier')}
          <input value={params.carrier ?? ''} onChange={(e) => set({ carrier: e.target.value })} />
        </label>
      )}
      {kind === 'reship' && (
        <label className="check">
          <input
            type="checkbox"
            checked={!!params.returnLabel}
            onChange={(e) => set({ returnLabel: e.target.checked })}
          />
          {t('action.field.returnLabel')}
        </label>
      )}
      {AMOUNT.includes(kind) && (
        <label>
          {t('action.field.amount', { currency })}
          <input
            type="number"
            min={0}
            step="0.01"
            max={maxAmount === null ? undefined : maxAmount / 100}
            value={toMajor(params.amount)}
            onChange={(e) => set({ amount: toMinor(e.target.value) })}
            aria-describedby="amount-hint"
          />
          <span id="amount-hint" className="hint">
            {t('action.field.amountHint', { max: maxAmount === null ? '—' : money(maxAmount, currency) })}
          </span>
        </label>
      )}
      {(kind === 'carrier_trace' || kind === 'carrier_claim') && (
        <>
          <label>
            {t('case.shipment.tracking')}
            <input value={params.trackingNo ?? ''} onChange={(e) => set({ trackingNo: e.target.value })} />
          </label>
          <label>
            {t('action.field.delivery')}
            <input
              value={params.deliveryConfirmation ?? ''}
              onChange={(e) => set({ deliveryConfirmation: e.target.value })}
            />
          </label>
          <label>
            {t('action.field.recipient')}
            <input value={params.recipient ?? ''} onChange={(e) => set({ recipient: e.target.value })} />
          </label>
          <label>
            {t('action.field.declared', { currency })}
            <input
              type="number"
              min={0}
              step="0.01"
              value={toMajor(params.declaredValue)}
              onChange={(e) => set({ declaredValue: toMinor(e.target.value) })}
            />
          </label>
          <label>
            {t('action.field.photos')}
            <input
              type="number"
              min={0}
              step={1}
              value={params.photos ?? 0}
              onChange={(e) => set({ photos: Number(e.target.value) })}
            />
          </label>
        </>
      )}
      {kind === 'change_address' && (
        <label>
          {t('action.field.address')}
          <textarea
            value={params.address ?? detail.order?.shippingAddress ?? ''}
            onChange={(e) => set({ address: e.target.value })}
          />
        </label>
      )}
      {kind === 'flag_customer' && (
        <label>
          {t('action.field.flag')}
          <input value={params.flag ?? ''} onChange={(e) => set({ flag: e.target.value })} />
        </label>
      )}
      <label>
        {t('action.field.note')}
        <input value={params.note ?? ''} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </div>
  );
}
