import { Anchor, Grid, Stack, Table, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { ChannelOutput } from '../../../../shared/contract';
import type { PeriodReport } from '../../../../shared/contract/reports';
import { useFormatters } from '../../lib/format';
import { BucketTable, type BucketColumn } from './BucketTable';
import { ANIMATION_LIMIT, CHART_COLOR, share, bucketAxisProps, useChartFormatters } from './chart-format';
import { ChartBox, hoveredRow, NothingToDraw, ReportSection, TooltipBox } from './ChartParts';
import { csvFileName, downloadCsv } from './csv';
import type { Granularity } from './period';

type LowestBuyout = ChannelOutput<'reports.profitability'>['lowestBuyout'];

interface BuyoutRow {
  start: string;
  delivered: number;
  partly: number;
  refused: number;
  /** (delivered + partly) / all settled; null when nothing was settled in the bucket. */
  buyout: number | null;
  /** partly / (delivered + partly). */
  partial: number | null;
}

function buyoutRow(start: string, delivered: number, partly: number, refused: number): BuyoutRow {
  return {
    start,
    delivered,
    partly,
    refused,
    buyout: share(delivered + partly, delivered + partly + refused),
    partial: share(partly, delivered + partly),
  };
}

/** Refusals and partial buyouts over time, and the customers who keep the least of what they order. */
export const BuyoutSection = memo(function BuyoutSection({
  report,
  granularity,
  lowest,
  minOrders,
  minRate,
}: {
  report: PeriodReport;
  granularity: Granularity;
  lowest: LowestBuyout | undefined;
  /** The risk settings' minimum of settled orders before a buyout rate counts. */
  minOrders: number | undefined;
  /** The risk settings' rate under which a customer pays in advance: marked red. */
  minRate: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const rows = report.buckets.map((b) => buyoutRow(b.start, b.delivered, b.partly, b.refused));
  const sum = (key: 'delivered' | 'partly' | 'refused') => rows.reduce((n, row) => n + row[key], 0);
  const total: BuyoutRow = {
    ...buyoutRow(t('reports.table.total'), sum('delivered'), sum('partly'), sum('refused')),
    // Main's own rounding of the same sums.
    buyout: report.totals.buyoutPercent,
    partial: report.totals.partialPercent,
  };
  const percent = (value: number | null) => (value === null ? '—' : chart.percent(value));
  const settled = total.delivered + total.partly + total.refused;

  const download = () =>
    downloadCsv(csvFileName('buyout', { from: report.from, to: report.to }), {
      header: [
        t('reports.csv.bucketStart'),
        t('reports.buyout.delivered'),
        t('reports.buyout.partly'),
        t('reports.buyout.refused'),
        t('reports.csv.buyoutRate'),
        t('reports.csv.partialRate'),
      ],
      rows: [...rows, total].map((row) => [
        row.start,
        row.delivered,
        row.partly,
        row.refused,
        row.buyout,
        row.partial,
      ]),
    });

  const tooltip = (props: TooltipContentProps) => {
    const row = hoveredRow<BuyoutRow>(props);
    if (!row) return null;
    return (
      <TooltipBox
        title={chart.bucketName(row.start)}
        lines={[
          {
            key: 'buyout',
            color: CHART_COLOR.buyout,
            name: t('reports.buyout.buyoutRate'),
            value: percent(row.buyout),
            strong: true,
          },
          {
            key: 'partial',
            color: CHART_COLOR.partial,
            name: t('reports.buyout.partialRate'),
            value: percent(row.partial),
            strong: true,
          },
          { key: 'delivered', name: t('reports.buyout.delivered'), value: format.number(row.delivered) },
          { key: 'partly', name: t('reports.buyout.partly'), value: format.number(row.partly) },
          { key: 'refused', name: t('reports.buyout.refused'), value: format.number(row.refused) },
        ]}
      />
    );
  };

  const columns: BucketColumn<BuyoutRow>[] = [
    {
      label: t('reports.table.bucket'),
      width: 'minmax(100px, 1fr)',
      cell: (row) => (row === total ? row.start : chart.bucketName(row.start)),
    },
    {
      label: t('reports.buyout.deliveredShort'),
      width: '80px',
      align: 'right',
      cell: (row) => format.number(row.delivered),
    },
    {
      label: t('reports.buyout.partlyShort'),
      width: '72px',
      align: 'right',
      cell: (row) => format.number(row.partly),
    },
    {
      label: t('reports.buyout.refusedShort'),
      width: '80px',
      align: 'right',
      cell: (row) => format.number(row.refused),
    },
    {
      label: t('reports.buyout.buyoutShort'),
      width: '76px',
      align: 'right',
      strong: true,
      cell: (row) => percent(row.buyout),
    },
    {
      label: t('reports.buyout.partialShort'),
      width: '76px',
      align: 'right',
      cell: (row) => percent(row.partial),
    },
  ];

  return (
    <ReportSection
      title={t('reports.buyout.title')}
      description={t('reports.buyout.description')}
      onDownload={settled > 0 ? download : undefined}
      testId="report-buyout"
    >
      {settled === 0 ? (
        <NothingToDraw>{t('reports.buyout.none')}</NothingToDraw>
      ) : (
        <ChartBox name="buyout" height={240}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
              <CartesianGrid vertical={false} stroke={CHART_COLOR.grid} />
              <XAxis {...bucketAxisProps(chart)} />
              <YAxis
                domain={[0, 100]}
                tickFormatter={(value: number) => chart.percent(value)}
                tick={{ fontSize: 12 }}
                width={52}
              />
              <Tooltip content={tooltip} />
              <Legend verticalAlign="top" height={28} iconType="plainline" wrapperStyle={{ fontSize: 13 }} />
              {(['buyout', 'partial'] as const).map((key) => (
                <Line
                  key={key}
                  dataKey={key}
                  name={t(key === 'buyout' ? 'reports.buyout.buyoutRate' : 'reports.buyout.partialRate')}
                  stroke={CHART_COLOR[key]}
                  strokeWidth={2}
                  dot={rows.length <= 60 ? { r: 3 } : false}
                  connectNulls
                  isAnimationActive={rows.length * 2 <= ANIMATION_LIMIT}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </ChartBox>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          {settled > 0 && (
            <BucketTable
              label={t('reports.buyout.title')}
              rows={rows}
              total={total}
              columns={columns}
              testId="buyout-table"
            />
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <LowestBuyoutTable rows={lowest} minOrders={minOrders} minRate={minRate} />
        </Grid.Col>
      </Grid>
    </ReportSection>
  );
});

const LowestBuyoutTable = memo(function LowestBuyoutTable({
  rows,
  minOrders,
  minRate,
}: {
  rows: LowestBuyout | undefined;
  minOrders: number | undefined;
  minRate: number | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters('month');
  return (
    <Stack gap="xs">
      <Title order={4}>{t('reports.buyout.lowestTitle')}</Title>
      <Text size="xs" c="dimmed">
        {t('reports.buyout.lowestNote', { n: minOrders ?? '…' })}
      </Text>
      {rows && rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.buyout.lowestNone')}
        </Text>
      ) : (
        <Table striped fz="sm" aria-label={t('reports.buyout.lowestTitle')} data-testid="lowest-buyout">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.table.customer')}</Table.Th>
              <Table.Th ta="right">{t('reports.buyout.keptShort')}</Table.Th>
              <Table.Th ta="right">{t('reports.buyout.refusedShort')}</Table.Th>
              <Table.Th ta="right">{t('reports.buyout.buyoutShort')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(rows ?? []).map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/customers/${row.id}`} size="sm">
                    {row.name || t('card.unnamed')}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right">{format.number(row.boughtOut)}</Table.Td>
                <Table.Td ta="right">{format.number(row.refused)}</Table.Td>
                <Table.Td
                  ta="right"
                  fw={700}
                  c={minRate !== undefined && row.buyoutPercent < minRate ? 'red.8' : undefined}
                >
                  {chart.percent(row.buyoutPercent)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
});
