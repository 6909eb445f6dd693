// A horizontal bar chart drawn in SVG: one labelled bar per bucket, the value at its end.
type Props = { id: string; title: string; rows: { label: string; value: number; display: string }[] };

/** Bars scaled to the largest value; the SVG has a title and a description for screen readers. */
export function BarChart({ id, title, rows }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const rowH = 22;
  const labelW = 170;
  const width = 460;
  const height = Math.max(rowH, rows.length * rowH) + 4;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{rows.map((r) => `${r.label}: ${r.display}`).join('; ')}</desc>
        {rows.map((r, i) => {
          const w = ((width - labelW - 70) * r.value) / max;
          const y = i * rowH + 2;
          return (
            <g key={r.label}>
              <text x={labelW - 6} y={y + 14} textAnchor="end" className="chart-label">
                {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
              </text>
              <rect x={labelW} y={y + 3} width={Math.max(w, 1)} height={rowH - 8} rx={3} className="bar" />
              <text x={labelW + w + 6} y={y + 14} className="chart-value">
                {r.display}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
