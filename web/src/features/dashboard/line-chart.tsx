// Values per day as lines in SVG (one per series), with day ticks, a legend and a text description.
export type Series = { name: string; className: string; values: number[]; format?: (v: number) => string };
type Props = { id: string; title: string; days: string[]; series: Series[] };

/** Every series over the same days, scaled to the largest value. */
export function LineChart({ id, title, days, series }: Props) {
  const width = 1200;
  const height = 220;
  const pad = { l: 70, r: 12, t: 12, b: 28 };
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number) => pad.l + (days.length <= 1 ? 0 : (i * (width - pad.l - pad.r)) / (days.length - 1));
  const y = (v: number) => height - pad.b - (v * (height - pad.t - pad.b)) / max;
  const path = (values: number[]) =>
    values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const every = Math.max(1, Math.ceil(days.length / 8));
  const show = (s: Series | undefined, v: number) => (s?.format ? s.format(v) : String(v));
  return (
    <figure className="chart wide">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>
          {days
            .map((d, i) => `${d}: ${series.map((s) => `${s.name} ${show(s, s.values[i] ?? 0)}`).join(', ')}`)
            .join('; ')}
        </desc>
        <line x1={pad.l} y1={height - pad.b} x2={width - pad.r} y2={height - pad.b} className="axis" />
        <text x={pad.l - 6} y={y(max) + 4} textAnchor="end" className="chart-value">
          {show(series[0], max)}
        </text>
        <text x={pad.l - 6} y={height - pad.b} textAnchor="end" className="chart-value">
          0
        </text>
        {days.map((d, i) =>
          i % every === 0 ? (
            <text key={d} x={x(i)} y={height - 8} textAnchor="middle" className="chart-label">
              {d.slice(5)}
            </text>
          ) : null,
        )}
        {series.map((s) => (
          <path key={s.name} d={path(s.values)} className={`line ${s.className}`} />
        ))}
      </svg>
      <p className="legend">
        {series.map((s) => (
          <span key={s.name}>
            <span className={`key ${s.className}`} /> {s.name}{' '}
          </span>
        ))}
      </p>
    </figure>
  );
}
