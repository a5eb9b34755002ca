import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { isCourierFault } from '../../../../shared/domain/attribution';
import { FAULTS } from '../../../../shared/domain/enums';
import { useFormatters } from '../../lib/format';
import { ANIMATION_LIMIT, CHART_COLOR, FAULT_COLOR, useChartFormatters } from './chart-format';
import { ChartBox, hoveredRow, TooltipBox } from './ChartParts';

type Fault = (typeof FAULTS)[number];

/** A courier's bar: the net loss of each fault of what names the courier, and what they carry. */
export interface CourierBar {
  key: string;
  name: string;
  net: number;
  carried: number;
  faults: Partial<Record<Fault, number>>;
}

// The courier's own faults first, so each bar starts with what the courier carries.
const ORDER: readonly Fault[] = [...FAULTS].sort(
  (a, b) => Number(isCourierFault(b)) - Number(isCourierFault(a)),
);

/**
 * Losses by courier stacked by fault (issue 16): a shop-fault price error on a driver's order
 * shows as the shop's colour inside the driver's bar, never as the driver's loss.
 */
export function CourierBars({
  bars,
  onPick,
}: {
  bars: CourierBar[];
  onPick: (bar: CourierBar, fault: Fault) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters('month');
  const present = ORDER.filter((fault) => bars.some((bar) => (bar.faults[fault] ?? 0) !== 0));
  const rows = bars.map((bar) => ({ ...bar, ...bar.faults }));

  const tooltip = (props: TooltipContentProps) => {
    const bar = hoveredRow<CourierBar>(props);
    if (!bar) return null;
    return (
      <TooltipBox
        title={bar.name}
        lines={[
          {
            key: 'carried',
            name: t('reports.breakdown.carried'),
            value: format.money(bar.carried),
            strong: true,
          },
          ...present
            .filter((fault) => (bar.faults[fault] ?? 0) !== 0)
            .map((fault) => ({
              key: fault,
              color: FAULT_COLOR[fault],
              name: t(`codes.fault.${fault}`),
              value: format.money(bar.faults[fault] ?? 0),
            })),
          { key: 'net', name: t('reports.breakdown.allNamed'), value: format.money(bar.net) },
        ]}
      />
    );
  };

  const height = Math.max(160, bars.length * 34 + 40);
  return (
    <Box>
      <Text size="sm" c="dimmed" mb="xs" data-testid="courier-rule">
        {t('reports.breakdown.courierRule')}
      </Text>
      <ChartBox name="courier" height={height}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            stackOffset="sign"
            margin={{ top: 0, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOR.grid} />
            <XAxis type="number" tickFormatter={chart.compactMoney} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
            {present.map((fault) => (
              <Bar
                key={fault}
                dataKey={fault}
                stackId="fault"
                name={t(`codes.fault.${fault}`)}
                fill={FAULT_COLOR[fault]}
                cursor="pointer"
                isAnimationActive={bars.length <= ANIMATION_LIMIT}
                onClick={(item) => onPick(item.payload as CourierBar, fault)}
                maxBarSize={24}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
      <Group gap="md" mt={4} data-testid="courier-legend">
        {present.map((fault) => (
          <Group key={fault} gap={6} wrap="nowrap">
            <Box w={10} h={10} style={{ borderRadius: 2, background: FAULT_COLOR[fault] }} />
            <Text size="xs">
              {t(`codes.fault.${fault}`)}
              {isCourierFault(fault) ? ` · ${t('reports.breakdown.carriedShort')}` : ''}
            </Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
