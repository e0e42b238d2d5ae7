import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  label: string;
  values: (number | null)[];
}

// Distinguishable on white, with a dash pattern too, so colour is not the only cue.
const palette = [
  '#1f5fbf',
  '#b3261e',
  '#1b7f3b',
  '#8a4b00',
  '#6b3fa0',
  '#00717a',
  '#5c5c5c',
  '#a3195b',
  '#3d5a00',
  '#004c99',
];
const dashes = [[], [6, 3], [2, 3], [8, 3, 2, 3]];

/** One chart (uPlot, canvas) with its figures as a table for screen readers and for checking. */
export function LineChart({
  id,
  title,
  unit,
  labels,
  series,
}: {
  id: string;
  title: string;
  unit: string;
  labels: string[];
  series: Series[];
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const x = labels.map((_, i) => i);
    const width = () => Math.max(260, el.clientWidth);
    const plot = new uPlot(
      {
        width: width(),
        height: 240,
        scales: { x: { time: false } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => labels[t]?.slice(2) ?? ''), space: 40 },
          { label: unit, size: 50 },
        ],
        series: [
          { label: 'Month', value: (_u, v) => labels[v] ?? '' },
          ...series.map((s, i) => ({
            label: s.label,
            stroke: palette[i % palette.length],
            width: 2,
            dash: dashes[i % dashes.length],
            points: { show: true, size: 6 },
            spanGaps: false,
          })),
        ],
        legend: { live: false },
      },
      [x, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 240 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [labels, series, unit]);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div ref={box} className="chart-canvas" aria-hidden="true" />
      <details>
        <summary>The figures</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}: the figures`}>
          <table data-figures={id}>
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">Series</th>
                {labels.map((l) => (
                  <th key={l} scope="col">
                    {l}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.label}>
                  <th scope="row">{s.label}</th>
                  {s.values.map((v, i) => (
                    <td key={i}>{v ?? '—'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
