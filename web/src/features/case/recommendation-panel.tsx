// The engine's recommendation: the primary plan, why, what it costs, whether a supervisor must
// approve, the alternatives and the prevention rules — with one click to carry out any of them.
import type { ActionKind, Assessment } from '../../../../src/core/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Props = {
  assessment: Assessment | null;
  currency: string;
  onChoose: (kind: ActionKind) => void;
  disabled: boolean;
  /** Action kinds already taken on the case (done, approved or waiting), so the plan shows its progress. */
  taken: readonly string[];
};

/** Primary plan first, then alternatives, each a button opening the confirmation dialog. */
export function RecommendationPanel({ assessment, currency, onChoose, disabled, taken }: Props) {
  const { t, tx, money } = useI18n();
  if (!assessment) return null;
  const rec = assessment.recommendation;
  return (
    <section aria-labelledby="rec-title" className="panel recommendation">
      <h2 id="rec-title">{t('case.recommendation')}</h2>
      <p className="primary-plan">
        <span className="muted">{t('case.rec.primary')}: </span>
        <strong data-testid="primary-action">{tx(`action.${rec.primary}`, rec.primary)}</strong>
        <button type="button" className="primary" disabled={disabled} onClick={() => onChoose(rec.primary)}>
          {t('case.rec.do')}
        </button>
      </p>
      {rec.actions.length > 1 && (
        <>
          <h3>{t('case.rec.plan')}</h3>
          <ol className="plan">
            {rec.actions.map((a) => (
              <li key={a} className={taken.includes(a) ? 'taken' : undefined}>
                <button type="button" disabled={disabled} onClick={() => onChoose(a)}>
                  {tx(`action.${a}`, a)}
                </button>
                {taken.includes(a) && <span className="muted"> ✓</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <dl className="kv">
        <dt>{t('case.rec.cost')}</dt>
        <dd>{money(rec.estimatedCost, currency)}</dd>
        <dt>{t('case.rec.approval')}</dt>
        <dd className={rec.needsApproval ? 'warn' : undefined}>
          {rec.needsApproval ? t('common.yes') : t('case.rec.noApproval')}
        </dd>
        {rec.refund && (
          <>
            <dt>{t('action.refund_partial')}</dt>
            <dd>
              {t('case.rec.refund', { amount: money(rec.refund.amount, currency), points: rec.refund.pointsReturned })}
            </dd>
          </>
        )}
      </dl>
      {rec.rationale.length > 0 && (
        <>
          <h3>{t('case.rec.rationale')}</h3>
          <ul className="rationale">
            {rec.rationale.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {rec.alternatives.length > 0 && (
        <>
          <h3>{t('case.rec.alternatives')}</h3>
          <ul className="chips">
            {rec.alternatives.map((a) => (
              <li key={a}>
                <button type="button" disabled={disabled} onClick={() => onChoose(a)}>
                  {tx(`action.${a}`, a)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {assessment.prevention.length > 0 && (
        <p>
          <span className="muted">{t('case.rec.prevention')}: </span>
          {assessment.prevention.map((p) => tx(`prevention.${p}`, p)).join(', ')}
        </p>
      )}
    </section>
  );
}
