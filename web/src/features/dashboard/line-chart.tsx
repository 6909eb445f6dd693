// Cases per day (and SLA breaches) as lines in SVG, with day ticks.
type Point = { day: string; cases: number; breaches: number };
type Props = { title: string; points: Point[]; legend: { cases: string; breaches: string } };

/** Two series over the same days. */
export function LineChart({ title, points, legend }: Props) {
  const width = 1200;
  const height = 240;
  const pad = { l: 32, r: 12, t: 12, b: 28 };
  const max = Math.max(1, ...points.map((p) => Math.max(p.cases, p.breaches)));
  const x = (i: number) => pad.l + (points.length <= 1 ? 0 : (i * (width - pad.l - pad.r)) / (points.length - 1));
  const y = (v: number) => height - pad.b - (v * (height - pad.t - pad.b)) / max;
  const path = (key: 'cases' | 'breaches') =>
    points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const every = Math.max(1, Math.ceil(points.length / 8));
  return (
    <figure className="chart wide">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="line-t line-d" width="100%">
        <title id="line-t">{title}</title>
        <desc id="line-d">{points.map((p) => `${p.day}: ${p.cases} / ${p.breaches}`).join('; ')}</desc>
        <line x1={pad.l} y1={height - pad.b} x2={width - pad.r} y2={height - pad.b} className="axis" />
        <text x={4} y={y(max) + 4} className="chart-value">
          {max}
        </text>
        <text x={4} y={height - pad.b} className="chart-value">
          0
        </text>
        {points.map((p, i) =>
          i % every === 0 ? (
            <text key={p.day} x={x(i)} y={height - 8} textAnchor="middle" className="chart-label">
              {p.day.slice(5)}
            </text>
          ) : null,
        )}
        <path d={path('cases')} className="line cases" />
        <path d={path('breaches')} className="line breaches" />
      </svg>
      <p className="legend">
        <span className="key cases" /> {legend.cases} <span className="key breaches" /> {legend.breaches}
      </p>
    </figure>
  );
}
