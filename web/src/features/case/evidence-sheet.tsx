// The evidence sheet: every fact the engine computed, its verdict in words and the inputs behind it,
// so an agent can check the machine's reasoning instead of trusting it.
import type { Fact } from '../../../../src/core/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** "expectedFullG" → "expected full (g)"; keeps unknown input names readable. */
export function inputLabel(name: string): string {
  const unit = /G$/.test(name) ? ' (g)' : /Pct$/.test(name) ? ' (%)' : '';
  const base = name.replace(/(G|Pct)$/, '').replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${base}${unit}`;
}

function showValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map(showValue).join(', ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** One row per fact: name, verdict, inputs. */
export function EvidenceSheet({ evidence }: { evidence: Record<string, Fact> | undefined }) {
  const { t, tx } = useI18n();
  const facts = Object.entries(evidence ?? {});
  return (
    <section aria-labelledby="evidence-title" className="panel evidence">
      <h2 id="evidence-title">{t('case.evidence')}</h2>
      {facts.length === 0 && <p className="muted">{t('case.evidence.none')}</p>}
      <dl>
        {facts.map(([name, fact]) => {
          const { verdict, ...inputs } = fact;
          return (
            <div key={name} className={`fact verdict-${verdict}`} data-fact={name}>
              <dt>{tx(`fact.${name}`, name)}</dt>
              <dd>
                <strong className="verdict">{tx(`verdict.${verdict}`, verdict)}</strong>
                {Object.keys(inputs).length > 0 && (
                  <ul className="inputs" aria-label={t('case.evidence.inputs')}>
                    {Object.entries(inputs).map(([k, v]) => (
                      <li key={k}>
                        <span className="muted">{inputLabel(k)}:</span> {showValue(v)}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
