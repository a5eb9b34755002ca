import { Box } from '@mantine/core';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import { PROFIT_CLASSES } from '../../../../shared/contract/reports';
import { useFormatters } from '../../lib/format';
import { CHART_COLOR, CLASS_COLOR, useChartFormatters, type ProfitClass } from './chart-format';
import { ChartBox, TooltipBox } from './ChartParts';

export interface ScatterPoint {
  id: number;
  name: string;
  revenue: number;
  losses: number;
  profit: number;
  class: ProfitClass;
}

const RADIUS = 4;
const nothing = () => <g />;
/** How near the pointer must be to a point to pick it, in pixels. */
const PICK_RADIUS = 8;

/** Round ticks from zero past `value`, about four steps of 1, 2, 2.5 or 5 × 10ⁿ. */
function niceTicks(value: number): number[] {
  if (value <= 0) return [0, 1];
  const rough = value / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const count = Math.ceil(value / step);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

interface Placed {
  point: ScatterPoint;
  x: number;
  y: number;
  /** In the right half: the tooltip goes to the left of the point. */
  flip?: boolean;
}

/**
 * Revenue against losses for up to a couple of thousand customers. Recharts' own Scatter renders
 * an element (and a dozen props) per point, which took seconds at 2,000 points; here each class is
 * one SVG path of circles, and the point under the pointer is found by distance.
 */
export const ProfitScatter = memo(function ProfitScatter({
  points,
  marginPercent,
}: {
  points: readonly ScatterPoint[];
  marginPercent: number;
}) {
  const { t } = useTranslation();
  const chart = useChartFormatters('month');
  const format = useFormatters();
  const [hovered, setHovered] = useState<Placed | null>(null);
  const xTicks = niceTicks(points.reduce((max, p) => Math.max(max, p.revenue), 0));
  const yTicks = niceTicks(points.reduce((max, p) => Math.max(max, p.losses), 0));
  const maxRevenue = xTicks.at(-1)!;
  const maxLosses = yTicks.at(-1)!;

  return (
    <ChartBox name="profit" height={340}>
      <Box pos="relative" h="100%">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 16, bottom: 16, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART_COLOR.grid} />
            <XAxis
              type="number"
              dataKey="revenue"
              domain={[0, maxRevenue]}
              ticks={xTicks}
              tickFormatter={chart.compactMoney}
              tick={{ fontSize: 12 }}
              label={{
                value: t('reports.profit.xAxis'),
                position: 'insideBottom',
                offset: -10,
                fontSize: 12,
              }}
            />
            <YAxis
              type="number"
              dataKey="losses"
              domain={[0, maxLosses]}
              ticks={yTicks}
              tickFormatter={chart.compactMoney}
              tick={{ fontSize: 12 }}
              width={72}
              label={{
                value: t('reports.profit.yAxis'),
                angle: -90,
                position: 'insideLeft',
                fontSize: 12,
                dy: 60,
              }}
            />
            <ReferenceLine
              segment={[
                { x: 0, y: 0 },
                { x: maxRevenue, y: Math.round((maxRevenue * marginPercent) / 100) },
              ]}
              stroke={CHART_COLOR.axis}
              strokeDasharray="6 4"
              ifOverflow="hidden"
            />
            {/* Two invisible corners: recharts draws its axes only for a series that uses them. */}
            <Scatter
              data={[
                { revenue: 0, losses: 0 },
                { revenue: maxRevenue, losses: maxLosses },
              ]}
              shape={nothing}
              legendType="none"
              tooltipType="none"
              isAnimationActive={false}
            />
            <PointsLayer points={points} hovered={hovered} onHover={setHovered} />
          </ScatterChart>
        </ResponsiveContainer>
        {hovered && (
          <Box
            pos="absolute"
            style={{
              left: hovered.x + 12,
              top: hovered.y + 12,
              pointerEvents: 'none',
              zIndex: 2,
              transform: hovered.flip ? 'translateX(calc(-100% - 24px))' : undefined,
            }}
          >
            <TooltipBox
              title={hovered.point.name || t('card.unnamed')}
              lines={[
                {
                  key: 'class',
                  color: CLASS_COLOR[hovered.point.class],
                  name: t(`reports.profit.class.${hovered.point.class}`),
                  value: '',
                  strong: true,
                },
                {
                  key: 'revenue',
                  name: t('reports.table.revenue'),
                  value: format.money(hovered.point.revenue),
                },
                { key: 'losses', name: t('reports.table.losses'), value: format.money(hovered.point.losses) },
                {
                  key: 'profit',
                  name: t('reports.table.profit'),
                  value: format.money(hovered.point.profit),
                  strong: true,
                },
              ]}
            />
          </Box>
        )}
      </Box>
    </ChartBox>
  );
});

/** Inside the chart: the points (one path per class), the one under the pointer, and the clicks. */
function PointsLayer({
  points,
  hovered,
  onHover,
}: {
  points: readonly ScatterPoint[];
  hovered: Placed | null;
  onHover: (placed: Placed | null) => void;
}) {
  const navigate = useNavigate();
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const placed = useMemo(() => {
    if (!xScale || !yScale) return [];
    const result: Placed[] = [];
    for (const point of points) {
      const x = xScale(point.revenue);
      const y = yScale(point.losses);
      if (x !== undefined && y !== undefined) result.push({ point, x, y });
    }
    return result;
  }, [points, xScale, yScale]);
  const paths = useMemo(() => {
    const d: Record<ProfitClass, string[]> = { profitable: [], break_even: [], loss_making: [] };
    for (const { point, x, y } of placed)
      d[point.class].push(
        `M${(x - RADIUS).toFixed(1)},${y.toFixed(1)}a${RADIUS},${RADIUS} 0 1,0 ${2 * RADIUS},0a${RADIUS},${RADIUS} 0 1,0 ${-2 * RADIUS},0`,
      );
    return d;
  }, [placed]);
  if (!area) return null;

  const nearest = (clientX: number, clientY: number, svg: SVGSVGElement | null): Placed | null => {
    const box = svg?.getBoundingClientRect();
    if (!box) return null;
    const px = clientX - box.left;
    const py = clientY - box.top;
    let best: Placed | null = null;
    let bestDistance = PICK_RADIUS * PICK_RADIUS;
    for (const candidate of placed) {
      const distance = (candidate.x - px) ** 2 + (candidate.y - py) ** 2;
      if (distance <= bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  };

  return (
    <g className="report-points">
      {PROFIT_CLASSES.map((cls) =>
        paths[cls].length > 0 ? (
          <path
            key={cls}
            className="report-points-class"
            data-class={cls}
            d={paths[cls].join('')}
            fill={CLASS_COLOR[cls]}
            fillOpacity={0.7}
          />
        ) : null,
      )}
      {hovered && (
        <circle cx={hovered.x} cy={hovered.y} r={RADIUS + 2} fill="none" stroke="black" strokeWidth={1.5} />
      )}
      <rect
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        style={{ cursor: hovered ? 'pointer' : 'default' }}
        onMouseMove={(event) => {
          const found = nearest(event.clientX, event.clientY, event.currentTarget.ownerSVGElement);
          if (found?.point.id !== hovered?.point.id)
            onHover(found && { ...found, flip: found.x > area.x + area.width / 2 });
        }}
        onMouseLeave={() => onHover(null)}
        onClick={(event) => {
          const found = nearest(event.clientX, event.clientY, event.currentTarget.ownerSVGElement);
          if (found) void navigate(`/customers/${found.point.id}`);
        }}
      />
    </g>
  );
}
