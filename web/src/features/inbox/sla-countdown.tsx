// Time left before a service-level deadline; overdue shows in red with the time it is late by.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

/** Formats a duration in milliseconds as "2d 3h", "3h 20m" or "12m". */
export function formatDuration(
  ms: number,
  unit: { d: string; h: string; m: string } = { d: 'd', h: 'h', m: 'm' },
): string {
  const minutes = Math.floor(Math.abs(ms) / 60000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return `${d}${unit.d} ${h}${unit.h}`;
  if (h > 0) return `${h}${unit.h} ${m}${unit.m}`;
  return `${m}${unit.m}`;
}

/** A live countdown to `due`, refreshed every minute. */
export function SlaCountdown({ due }: { due: string | null }) {
  const { t } = useI18n();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60000);
    return () => clearInterval(timer);
  }, []);
  if (!due) return <span className="muted">{t('sla.none')}</span>;
  const left = new Date(due).getTime() - now;
  const unit = { d: t('unit.d'), h: t('unit.h'), m: t('unit.m') };
  const text =
    left < 0
      ? t('sla.overdue', { time: formatDuration(left, unit) })
      : t('sla.left', { time: formatDuration(left, unit) });
  return (
    <time dateTime={due} className={left < 0 ? 'sla overdue' : left < 3600000 ? 'sla soon' : 'sla'}>
      {text}
    </time>
  );
}
