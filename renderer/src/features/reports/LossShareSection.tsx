import { useTranslation } from 'react-i18next';
import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { PeriodReport } from '../../../../shared/contract/reports';
import { csvMoney } from '../../../../shared/domain/csv';
import { useFormatters } from '../../lib/format';
import { BarsLayer } from './BarsLayer';
import { BucketTable, type BucketColumn } from './BucketTable';
import {
  ANIMATION_LIMIT,
  CHART_COLOR,
  share,
  bucketAxisProps,
  moneyAxisProps,
  useChartFormatters,
} from './chart-format';
import { ChartBox, hoveredRow, NothingToDraw, ReportSection, TooltipBox } from './ChartParts';
import { csvFileName, downloadCsv } from './csv';
import type { Granularity } from './period';

interface ShareRow {
  start: string;
  revenue: number;
  net: number;
  /** Net loss as a percentage of revenue; null in a bucket without revenue. */
  share: number | null;
}

const REVENUE_SERIES = [
  { key: 'revenue', color: CHART_COLOR.revenue, value: (row: ShareRow) => row.revenue },
];

/** Loss as a share of revenue over time: the line, with the revenue it is a share of. */
export const LossShareSection = memo(function LossShareSection({
  report,
  granularity,
}: {
  report: PeriodReport;
  granularity: Granularity;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const rows = useMemo(
    () =>
      report.buckets.map((b): ShareRow => ({
        start: b.start,
        revenue: b.revenue,
        net: b.net,
        share: share(b.net, b.revenue),
      })),
    [report],
  );
  const total: ShareRow = {
    start: t('reports.table.total'),
    revenue: report.totals.revenue,
    net: report.totals.net,
    share: report.totals.lossSharePercent,
  };
  const percent = (value: number | null) => (value === null ? '—' : chart.percent(value));
  const period = { from: report.from, to: report.to };

  const download = () =>
    downloadCsv(csvFileName('loss-share', period), {
      header: [
        t('reports.csv.bucketStart'),
        t('reports.csv.revenue', { currency: format.currency }),
        t('reports.csv.netLoss', { currency: format.currency }),
        t('reports.csv.lossShare'),
      ],
      rows: [...rows, total].map((row) => [
        row.start,
        csvMoney(row.revenue, format.currency),
        csvMoney(row.net, format.currency),
        row.share,
      ]),
    });

  const tooltip = (props: TooltipContentProps) => {
    const row = hoveredRow<ShareRow>(props);
    if (!row) return null;
    return (
      <TooltipBox
        title={chart.bucketName(row.start)}
        lines={[
          {
            key: 'share',
            color: CHART_COLOR.share,
            name: t('reports.share.share'),
            value: percent(row.share),
            strong: true,
          },
          { key: 'net', name: t('reports.table.net'), value: format.money(row.net) },
          {
            key: 'revenue',
            color: CHART_COLOR.revenue,
            name: t('reports.table.revenue'),
            value: format.money(row.revenue),
          },
        ]}
      />
    );
  };

  const columns: BucketColumn<ShareRow>[] = [
    {
      label: t('reports.table.bucket'),
      width: 'minmax(140px, 1fr)',
      cell: (row) => (row === total ? row.start : chart.bucketName(row.start)),
    },
    {
      label: t('reports.table.revenue'),
      width: '160px',
      align: 'right',
      cell: (row) => format.money(row.revenue),
    },
    { label: t('reports.table.net'), width: '160px', align: 'right', cell: (row) => format.money(row.net) },
    {
      label: t('reports.share.share'),
      width: '120px',
      align: 'right',
      strong: true,
      cell: (row) => percent(row.share),
    },
  ];

  const empty = report.totals.revenue === 0 && report.totals.net === 0;
  return (
    <ReportSection
      title={t('reports.share.title')}
      description={t('reports.share.description')}
      onDownload={empty ? undefined : download}
      testId="report-share"
    >
      {empty ? (
        <NothingToDraw>{t('reports.share.none')}</NothingToDraw>
      ) : (
        <>
          <ChartBox name="share" height={260}>
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                <CartesianGrid vertical={false} stroke={CHART_COLOR.grid} />
                {/* Bands, as a bar chart has: BarsLayer fills 80% of each. */}
                <XAxis {...bucketAxisProps(chart)} scale="band" />
                <YAxis {...moneyAxisProps(chart)} />
                <YAxis
                  yAxisId="share"
                  orientation="right"
                  tickFormatter={(value: number) => chart.percent(value)}
                  tick={{ fontSize: 12 }}
                  width={56}
                />
                <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)', pointerEvents: 'none' }} />
                {/* Unseen: gives the money axis its range; the bars are drawn by BarsLayer. */}
                <Line
                  yAxisId="money"
                  dataKey="revenue"
                  stroke="none"
                  dot={false}
                  activeDot={false}
                  legendType="none"
                  tooltipType="none"
                  isAnimationActive={false}
                />
                <BarsLayer rows={rows} series={REVENUE_SERIES} yAxisId="money" />
                <Line
                  yAxisId="share"
                  dataKey="share"
                  name={t('reports.share.share')}
                  stroke={CHART_COLOR.share}
                  strokeWidth={2}
                  dot={rows.length <= 60 ? { r: 3 } : false}
                  connectNulls
                  isAnimationActive={rows.length * 2 <= ANIMATION_LIMIT}
                />
              </ComposedChart>
            </ResponsiveContainer>
          </ChartBox>
          <BucketTable
            label={t('reports.share.title')}
            rows={rows}
            total={total}
            columns={columns}
            testId="share-table"
          />
        </>
      )}
    </ReportSection>
  );
});
