// The evidence sheet: every fact the engine computed, its verdict in words and the inputs behind it,
// so an agent can check the machine's reasoning instead of trusting it.
import type { Fact } from '../../../../src/core/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** "expectedFullG" → "expected full (g)": the fallback for an input the catalogues do not name yet. */
export function inputLabel(name: string): string {
  const unit = /G$/.test(name) ? ' (g)' : /Pct$/.test(name) ? ' (%)' : '';
  const base = name
    .replace(/(G|Pct)$/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${base}${unit}`;
}

const MONEY_INPUT = /(amount|limit|threshold|value|price|paid|cost|lifetime)/i;
const TIME_INPUT = /^\d{4}-\d{2}-\d{2}T/;

/** An input value in words: money in the store currency, times in the interface's format, objects as "key: value". */
function showValue(
  name: string,
  v: unknown,
  fmt: {
    money: (n: number) => string;
    dateTime: (iso: string) => string;
    label: (key: string) => string;
    bool: (b: boolean) => string;
  },
): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map((x) => showValue(name, x, fmt)).join(', ') : '—';
  if (
    typeof v === 'number' &&
    Number.isInteger(v) &&
    MONEY_INPUT.test(name) &&
    !/(pct|rate|share|days|count)/i.test(name)
  )
    return fmt.money(v);
  if (typeof v === 'boolean') return fmt.bool(v);
  if (typeof v === 'string' && TIME_INPUT.test(v)) return fmt.dateTime(v);
  if (typeof v === 'object')
    return Object.entries(v)
      .map(([k, x]) => `${fmt.label(k)}: ${showValue(k, x, fmt)}`)
      .join('; ');
  return String(v);
}

/** One row per fact: name, verdict, inputs. */
export function EvidenceSheet({
  evidence,
  currency,
}: {
  evidence: Record<string, Fact> | undefined;
  currency: string;
}) {
  const { t, tx, money, dateTime } = useI18n();
  const fmt = {
    money: (n: number) => money(n, currency),
    dateTime,
    label: (k: string) => tx(`input.${k}`, inputLabel(k)),
    bool: (b: boolean) => t(b ? 'common.yes' : 'common.no'),
  };
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
                        <span className="muted">{fmt.label(k)}:</span> {showValue(k, v, fmt)}
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
