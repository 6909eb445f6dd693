// The S9 resolution flow as a stepper: where the case stands and what each stage asks of the agent.
import { STAGES } from '../../../../src/core/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** soothe → verify → propose → negotiate → resolve → record, with the current one marked. */
export function StageStepper({ stage }: { stage: string }) {
  const { t, tx } = useI18n();
  const current = Math.max(
    0,
    STAGES.findIndex((s) => s === stage),
  );
  return (
    <section aria-labelledby="stages-title" className="panel">
      <h2 id="stages-title">{t('case.stages')}</h2>
      <ol className="stepper">
        {STAGES.map((s, i) => (
          <li
            key={s}
            className={i < current ? 'done' : i === current ? 'current' : 'todo'}
            aria-current={i === current ? 'step' : undefined}
          >
            <span className="step-name">
              {i + 1}. {tx(`stage.${s}`)}
            </span>
            <span className="step-ask">{tx(`stage.ask.${s}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
