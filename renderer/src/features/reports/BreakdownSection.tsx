import { Anchor, Box, Table, Tabs } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { PeriodReport } from '../../../../shared/contract/reports';
import { csvMoney } from '../../../../shared/domain/csv';
import { useFormatters } from '../../lib/format';
import { ANIMATION_LIMIT, CHART_COLOR, FAULT_COLOR, share, useChartFormatters } from './chart-format';
import { ChartBox, hoveredRow, NothingToDraw, ReportSection, TooltipBox } from './ChartParts';
import { CourierBars, type CourierBar } from './CourierBars';
import { csvFileName, downloadCsv } from './csv';
import type { Drill } from './IncidentsDrawer';

const DIMENSIONS = ['fault', 'courier', 'method'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/** One bar and one table row: a fault, a courier or a delivery method, with its money. */
interface Slice {
  key: string;
  name: string;
  color: string;
  count: number;
  costs: number;
  recovered: number;
  net: number;
  /** The incidents list's filter for it. */
  filter: Pick<Drill['filter'], 'fault' | 'courierId' | 'deliveryMethod' | 'withoutCourier' | 'withoutOrder'>;
  /** A courier's: the net loss they carry (their or the carrier's fault) and each fault's part. */
  courier?: CourierBar;
}

function useSlices(report: PeriodReport, dimension: Dimension): Slice[] {
  const { t } = useTranslation();
  switch (dimension) {
    case 'fault':
      return report.byFault.map((row) => ({
        ...row,
        key: row.fault,
        name: t(`codes.fault.${row.fault}`),
        color: FAULT_COLOR[row.fault],
        filter: { fault: row.fault },
      }));
    case 'courier':
      return report.byCourier.map((row) => {
        const key = String(row.courierId);
        const name =
          row.courierId === null
            ? t('reports.breakdown.noCourier')
            : (row.name ?? t('reports.breakdown.courierNumber', { id: row.courierId }));
        return {
          key,
          name,
          count: row.count,
          costs: row.costs,
          recovered: row.recovered,
          net: row.net,
          color: row.courierId === null ? CHART_COLOR.count : CHART_COLOR.bar,
          filter: row.courierId === null ? { withoutCourier: true } : { courierId: row.courierId },
          courier: {
            key,
            name,
            net: row.net,
            carried: row.carried.net,
            faults: Object.fromEntries(row.byFault.map((f) => [f.fault, f.net])),
          },
        };
      });
    case 'method':
      return report.byDeliveryMethod.map((row) => ({
        ...row,
        key: String(row.deliveryMethod),
        name:
          row.deliveryMethod === null
            ? t('reports.breakdown.noOrder')
            : t(`codes.deliveryMethod.${row.deliveryMethod}`),
        color: row.deliveryMethod === null ? CHART_COLOR.count : CHART_COLOR.bar,
        filter: row.deliveryMethod === null ? { withoutOrder: true } : { deliveryMethod: row.deliveryMethod },
      }));
  }
}

/** Losses by fault, by courier and by delivery method over the whole period. */
export const BreakdownSection = memo(function BreakdownSection({
  report,
  onDrill,
}: {
  report: PeriodReport;
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [dimension, setDimension] = useState<Dimension>('fault');
  const slices = useSlices(report, dimension);
  const period = { from: report.from, to: report.to };
  const heading = t(`reports.breakdown.column.${dimension}`);

  // The button downloads the tab on screen: exactly the bars drawn.
  const download = () =>
    downloadCsv(csvFileName(`losses-by-${dimension}`, period), {
      header: [
        heading,
        t('reports.causes.lines'),
        t('reports.csv.costs', { currency: format.currency }),
        t('reports.csv.recovered', { currency: format.currency }),
        t('reports.csv.netLoss', { currency: format.currency }),
        ...(dimension === 'courier' ? [t('reports.csv.carried', { currency: format.currency })] : []),
      ],
      rows: [
        ...slices.map((s) => [
          s.name,
          s.count,
          csvMoney(s.costs, format.currency),
          csvMoney(s.recovered, format.currency),
          csvMoney(s.net, format.currency),
          ...(s.courier ? [csvMoney(s.courier.carried, format.currency)] : []),
        ]),
        [
          t('reports.csv.total'),
          report.totals.count,
          csvMoney(report.totals.costs, format.currency),
          csvMoney(report.totals.recovered, format.currency),
          csvMoney(report.totals.net, format.currency),
          ...(dimension === 'courier' ? [''] : []),
        ],
      ],
    });

  return (
    <ReportSection
      title={t('reports.breakdown.title')}
      description={t('reports.breakdown.description')}
      onDownload={report.totals.count > 0 ? download : undefined}
      testId="report-breakdown"
    >
      {report.totals.count === 0 ? (
        <NothingToDraw>{t('reports.causes.none')}</NothingToDraw>
      ) : (
        <Tabs
          value={dimension}
          onChange={(value) => value && setDimension(value as Dimension)}
          keepMounted={false}
        >
          <Tabs.List>
            {DIMENSIONS.map((d) => (
              <Tabs.Tab key={d} value={d}>
                {t(`reports.breakdown.by.${d}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {DIMENSIONS.map((d) => (
            <Tabs.Panel key={d} value={d} pt="md">
              {d === dimension && (
                <Breakdown
                  report={report}
                  dimension={d}
                  slices={slices}
                  heading={heading}
                  onDrill={onDrill}
                />
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </ReportSection>
  );
});

function Breakdown({
  report,
  dimension,
  slices,
  heading,
  onDrill,
}: {
  report: PeriodReport;
  dimension: Dimension;
  slices: Slice[];
  heading: string;
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters('month');
  const period = { from: report.from, to: report.to };
  const open = (slice: Slice, fault?: Slice['filter']['fault']) =>
    onDrill({
      title: `${heading}: ${slice.name}${fault ? ` · ${t(`codes.fault.${fault}`)}` : ''}`,
      when: t('reports.period.days', { from: format.day(period.from), to: format.day(period.to) }),
      filter: { ...slice.filter, ...(fault ? { fault } : {}), ...period },
    });
  const couriers = dimension === 'courier';

  const tooltip = (props: TooltipContentProps) => {
    const slice = hoveredRow<Slice>(props);
    if (!slice) return null;
    return (
      <TooltipBox
        title={slice.name}
        lines={[
          {
            key: 'net',
            color: slice.color,
            name: t('reports.table.net'),
            value: format.money(slice.net),
            strong: true,
          },
          { key: 'costs', name: t('reports.table.costs'), value: format.money(slice.costs) },
          { key: 'recovered', name: t('reports.table.recovered'), value: format.money(slice.recovered) },
          { key: 'count', name: t('reports.causes.lines'), value: format.number(slice.count) },
        ]}
      />
    );
  };

  const height = Math.max(160, slices.length * 34 + 40);
  return (
    <Box>
      {couriers ? (
        <CourierBars
          bars={slices.flatMap((slice) => (slice.courier ? [slice.courier] : []))}
          onPick={(bar, fault) => {
            const slice = slices.find((s) => s.key === bar.key);
            if (slice) open(slice, fault);
          }}
        />
      ) : (
        <ChartBox name={dimension} height={height}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={slices} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
              <CartesianGrid horizontal={false} stroke={CHART_COLOR.grid} />
              <XAxis type="number" tickFormatter={chart.compactMoney} tick={{ fontSize: 12 }} />
              <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} interval={0} />
              <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
              <Bar
                dataKey="net"
                name={t('reports.table.net')}
                isAnimationActive={slices.length <= ANIMATION_LIMIT}
                onClick={(item) => open(item.payload as Slice)}
                maxBarSize={24}
              >
                {slices.map((slice) => (
                  <Cell key={slice.key} fill={slice.color} cursor="pointer" />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </ChartBox>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table striped fz="sm" aria-label={heading} data-testid={`${dimension}-table`} mt="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{heading}</Table.Th>
              <Table.Th ta="right">{t('reports.causes.lines')}</Table.Th>
              <Table.Th ta="right">{t('reports.table.costs')}</Table.Th>
              <Table.Th ta="right">{t('reports.table.recovered')}</Table.Th>
              <Table.Th ta="right">{t('reports.table.net')}</Table.Th>
              {couriers && <Table.Th ta="right">{t('reports.breakdown.carried')}</Table.Th>}
              <Table.Th ta="right">
                {t(couriers ? 'reports.breakdown.shareCarried' : 'reports.table.shareOfLoss')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {slices.map((slice) => {
              // A courier's share is of what they carry, not of all that names them (issue 16).
              const part = share(slice.courier ? slice.courier.carried : slice.net, report.totals.net);
              return (
                <Table.Tr key={slice.key} data-testid="breakdown-row" data-key={slice.key}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component="button" type="button" size="sm" onClick={() => open(slice)}>
                      {slice.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td ta="right" data-testid="breakdown-count">
                    {format.number(slice.count)}
                  </Table.Td>
                  <Table.Td ta="right">{format.money(slice.costs)}</Table.Td>
                  <Table.Td ta="right" c={slice.recovered > 0 ? 'teal.8' : 'dimmed'}>
                    {format.money(slice.recovered)}
                  </Table.Td>
                  <Table.Td ta="right" fw={600} c={slice.net > 0 ? 'red.8' : undefined}>
                    {format.money(slice.net)}
                  </Table.Td>
                  {slice.courier && (
                    <Table.Td
                      ta="right"
                      fw={600}
                      c={slice.courier.carried > 0 ? 'red.8' : 'dimmed'}
                      data-testid="breakdown-carried"
                    >
                      {format.money(slice.courier.carried)}
                    </Table.Td>
                  )}
                  <Table.Td ta="right" data-testid="breakdown-share">
                    {part === null ? '—' : chart.percent(part)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th>{t('reports.table.total')}</Table.Th>
              <Table.Td ta="right" fw={700} data-testid="breakdown-total-count">
                {format.number(report.totals.count)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.money(report.totals.costs)}
              </Table.Td>
              <Table.Td ta="right" fw={700}>
                {format.money(report.totals.recovered)}
              </Table.Td>
              <Table.Td ta="right" fw={700} data-testid="breakdown-total-net">
                {format.money(report.totals.net)}
              </Table.Td>
              {couriers && <Table.Td />}
              <Table.Td />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Box>
  );
}
