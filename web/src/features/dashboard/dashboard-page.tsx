// The owner's and supervisor's view of the desk: volumes, costs, speed and SLA breaches, as charts.
import { useState } from 'react';
import { useStats } from '../../api/hooks.ts';
import type { Bucket, Stats } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session.ts';
import { BarChart } from './bar-chart.tsx';
import { LineChart } from './line-chart.tsx';

const RANGES = [7, 30, 90, 365] as const;

/** Headline figures plus one chart per breakdown. */
export function DashboardPage() {
  const { t, tx, money } = useI18n();
  const { store } = useSession();
  const [days, setDays] = useState<number>(30);
  const stats = useStats(days);
  const s = stats.data;
  const rows = (buckets: Bucket[], prefix: string | null, by: 'cases' | 'cost') =>
    buckets.map((b) => ({
      label: prefix ? tx(`${prefix}.${b.key}`, b.key) : b.key,
      value: b[by],
      display: by === 'cost' ? money(b.cost, store.currency) : String(b.cases),
    }));
  const speedRows = (list: Stats['speedByCategory'], by: 'firstResponseHours' | 'resolutionHours') =>
    list
      .filter((r) => r[by] !== null)
      .map((r) => ({ label: tx(`category.${r.key}`, r.key), value: r[by] ?? 0, display: hours(r[by]) }));
  const hours = (h: number | null) => (h === null ? t('common.none') : t('dashboard.hours', { value: h.toFixed(1) }));
  return (
    <section aria-labelledby="dash-title" className="dashboard">
      <div className="page-head">
        <h1 id="dash-title">{t('dashboard.title')}</h1>
        <label>
          {t('dashboard.range')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {RANGES.map((d) => (
              <option key={d} value={d}>
                {t('dashboard.days', { days: d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {stats.error && (
        <p role="alert" className="error">
          {t('common.error', { detail: stats.error.message })}
        </p>
      )}
      {s && (
        <>
          <dl className="tiles">
            <div>
              <dt>{t('dashboard.open')}</dt>
              <dd>{s.open}</dd>
            </div>
            <div>
              <dt>{t('dashboard.totalCost')}</dt>
              <dd>{money(s.totalCost, store.currency)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.firstResponse')}</dt>
              <dd>{hours(s.firstResponseHoursMedian)}</dd>
            </div>
            <div>
              <dt>{t('dashboard.resolution')}</dt>
              <dd>{hours(s.resolutionHoursMedian)}</dd>
            </div>
            <div className={s.breaches ? 'bad' : undefined}>
              <dt>{t('dashboard.breaches')}</dt>
              <dd>{s.breaches}</dd>
            </div>
          </dl>
          <LineChart
            id="per-day"
            title={t('dashboard.overTime')}
            days={s.perDay.map((p) => p.day)}
            series={[
              { name: t('dashboard.cases'), className: 'cases', values: s.perDay.map((p) => p.cases) },
              { name: t('dashboard.breaches'), className: 'breaches', values: s.perDay.map((p) => p.breaches) },
            ]}
          />
          <LineChart
            id="cost-per-day"
            title={t('dashboard.costPerDay')}
            days={s.perDay.map((p) => p.day)}
            series={[
              {
                name: t('dashboard.totalCost'),
                className: 'cost',
                values: s.perDay.map((p) => p.cost),
                format: (v) => money(v, store.currency),
              },
            ]}
          />
          <div className="charts">
            <BarChart
              id="by-category"
              title={t('dashboard.byCategory')}
              rows={rows(s.byCategory, 'category', 'cases')}
            />
            <BarChart
              id="cost-by-category"
              title={t('dashboard.costByCategory')}
              rows={rows(s.byCategory, 'category', 'cost')}
            />
            <BarChart id="by-channel" title={t('dashboard.byChannel')} rows={rows(s.byChannel, 'channel', 'cases')} />
            <BarChart id="by-carrier" title={t('dashboard.byCarrier')} rows={rows(s.byCarrier, null, 'cases')} />
            <BarChart
              id="by-agent"
              title={t('dashboard.byAgent')}
              rows={rows(s.byAgent, null, 'cases').map((r) =>
                r.label === '—' ? { ...r, label: t('inbox.unassigned') } : r,
              )}
            />
            <BarChart id="by-sku" title={t('dashboard.bySku')} rows={rows(s.bySku, null, 'cases')} />
            <BarChart
              id="first-by-category"
              title={t('dashboard.firstResponseByCategory')}
              rows={speedRows(s.speedByCategory, 'firstResponseHours')}
            />
            <BarChart
              id="resolution-by-category"
              title={t('dashboard.resolutionByCategory')}
              rows={speedRows(s.speedByCategory, 'resolutionHours')}
            />
          </div>
        </>
      )}
    </section>
  );
}
