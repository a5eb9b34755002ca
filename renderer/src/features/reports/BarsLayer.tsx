import { useMemo, useState } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

export interface BarSeries<Row> {
  key: string;
  color: string;
  value: (row: Row) => number;
}

interface Segment<Row> {
  row: Row;
  series: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Stacked bars (one series is plain bars) drawn inside a recharts chart as one SVG path per
 * series. Recharts' own Bar renders an element with a dozen props per rectangle: twelve months
 * of twenty causes took a good part of a second, ten years of weeks many seconds. Positive
 * values stack up from zero, negative ones (more recovered than spent) down from it.
 *
 * The chart needs an axis scale for `yAxisId` (a hidden line over each bucket's stacked top and
 * bottom gives it one); the category axis is the chart's first XAxis, over `start`.
 */
export function BarsLayer<Row extends { start: string }>({
  rows,
  series,
  yAxisId,
  onPick,
}: {
  rows: readonly Row[];
  series: readonly BarSeries<Row>[];
  yAxisId: string;
  /** A click on a segment: its row and series. Without it the bars are not clickable. */
  onPick?: (row: Row, series: string) => void;
}) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale(yAxisId);
  const area = usePlotArea();
  const [hovered, setHovered] = useState<Segment<Row> | null>(null);

  const segments = useMemo(() => {
    const result: Segment<Row>[] = [];
    if (!xScale || !yScale) return result;
    for (const row of rows) {
      const start = xScale(row.start, { position: 'start' });
      const end = xScale(row.start, { position: 'end' });
      if (start === undefined || end === undefined) continue;
      const band = end - start;
      const width = Math.max(1, band * 0.8);
      const x = start + (band - width) / 2;
      let up = 0;
      let down = 0;
      for (const one of series) {
        const value = one.value(row);
        if (value === 0) continue;
        const from = value > 0 ? up : down;
        const to = from + value;
        if (value > 0) up = to;
        else down = to;
        const y0 = yScale(from);
        const y1 = yScale(to);
        if (y0 === undefined || y1 === undefined) continue;
        result.push({ row, series: one.key, x, y: Math.min(y0, y1), width, height: Math.abs(y1 - y0) });
      }
    }
    return result;
  }, [rows, series, xScale, yScale]);

  const paths = useMemo(() => {
    const bySeries = new Map<string, string[]>();
    for (const s of segments) {
      let list = bySeries.get(s.series);
      if (!list) bySeries.set(s.series, (list = []));
      list.push(
        `M${s.x.toFixed(1)},${s.y.toFixed(1)}h${s.width.toFixed(1)}v${s.height.toFixed(1)}h${(-s.width).toFixed(1)}Z`,
      );
    }
    return bySeries;
  }, [segments]);

  if (!area) return null;
  const at = (event: React.MouseEvent<SVGRectElement>): Segment<Row> | null => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return null;
    const px = event.clientX - box.left;
    const py = event.clientY - box.top;
    return (
      segments.find(
        (s) => px >= s.x && px <= s.x + s.width && py >= s.y - 0.5 && py <= s.y + s.height + 0.5,
      ) ?? null
    );
  };

  return (
    <g className="report-bars">
      {series.map((one) => {
        const d = paths.get(one.key);
        return d ? (
          <path
            key={one.key}
            className="report-bars-series"
            data-series={one.key}
            d={d.join('')}
            fill={one.color}
          />
        ) : null;
      })}
      {hovered && onPick && (
        <rect
          x={hovered.x}
          y={hovered.y}
          width={hovered.width}
          height={Math.max(1, hovered.height)}
          fill="none"
          stroke="black"
          strokeWidth={1.5}
          pointerEvents="none"
        />
      )}
      {onPick && (
        // Over the plot, not instead of it: the pointer still reaches the chart's tooltip.
        <rect
          x={area.x}
          y={area.y}
          width={area.width}
          height={area.height}
          fill="transparent"
          style={{ cursor: hovered ? 'pointer' : 'default' }}
          data-testid="bars-hit-area"
          onMouseMove={(event) => {
            const found = at(event);
            if (found !== hovered) setHovered(found);
          }}
          onMouseLeave={() => setHovered(null)}
          onClick={(event) => {
            const found = at(event);
            if (found) onPick(found.row, found.series);
          }}
        />
      )}
    </g>
  );
}
