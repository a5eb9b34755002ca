import { Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import type { LossCause } from '../../../../shared/domain/enums';
import { csvMoney } from '../../../../shared/domain/csv';
import { useFormatters } from '../../lib/format';
import {
  ANIMATION_LIMIT,
  CAUSE_COLOR,
  CHART_COLOR,
  bucketAxisProps,
  moneyAxisProps,
  useChartFormatters,
} from './chart-format';
import { BarsLayer } from './BarsLayer';
import { CauseTable } from './CauseTable';
import { ChartBox, hoveredRow, NothingToDraw, ReportSection, TooltipBox } from './ChartParts';
import { csvFileName, downloadCsv } from './csv';
import type { Drill } from './IncidentsDrawer';
import { bucketRange, type Granularity, type Period } from './period';

type Bucket = PeriodReport['buckets'][number] & {
  /** The top and the bottom of the bucket's stack (recoveries larger than costs go below zero). */
  up: number;
  down: number;
};

function stackEnds(bucket: PeriodReport['buckets'][number]): Bucket {
  let up = 0;
  let down = 0;
  for (const value of Object.values(bucket.byCause)) {
    if (value > 0) up += value;
    else down += value;
  }
  return { ...bucket, up, down };
}

const HIDDEN_LINE = {
  stroke: 'none',
  dot: false,
  activeDot: false,
  legendType: 'none',
  tooltipType: 'none',
  isAnimationActive: false,
} as const;

interface SectionProps {
  report: PeriodReport;
  granularity: Granularity;
  onDrill: (drill: Drill) => void;
  /** The table under the chart (drawn a moment later than the chart: it is below the first screen). */
  withTable: boolean;
}

/** Losses by cause over time: a stacked bar per week or month, with the number of incidents. */
export const CauseSection = memo(function CauseSection({
  report,
  granularity,
  onDrill,
  withTable,
}: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const period: Period = { from: report.from, to: report.to };
  const causes = useMemo(() => report.byCause.map((row) => row.cause), [report]);
  const causeName = (cause: LossCause) => t(`codes.incidentCause.${cause}`);
  const rows = useMemo(() => report.buckets.map(stackEnds), [report]);
  const series = useMemo(
    () =>
      causes.map((cause) => ({
        key: cause,
        color: CAUSE_COLOR[cause],
        value: (b: Bucket) => b.byCause[cause] ?? 0,
      })),
    [causes],
  );
  const whole = t('reports.period.days', { from: format.day(period.from), to: format.day(period.to) });

  const drill = (cause: LossCause, start: string | null) =>
    onDrill({
      title: causeName(cause),
      when: start ? chart.bucketName(start) : whole,
      filter: { cause, ...(start ? bucketRange(start, granularity, period) : period) },
    });

  const download = () =>
    downloadCsv(csvFileName('losses-by-cause', period), {
      header: [
        t('reports.csv.bucketStart'),
        t('reports.csv.incidents'),
        t('reports.csv.netLoss', { currency: format.currency }),
        ...causes.map(causeName),
      ],
      rows: [
        ...report.buckets.map((b) => [
          b.start,
          b.incidents,
          csvMoney(b.net, format.currency),
          ...causes.map((cause) => csvMoney(b.byCause[cause] ?? 0, format.currency)),
        ]),
        [
          t('reports.csv.total'),
          report.totals.count,
          csvMoney(report.totals.net, format.currency),
          ...report.byCause.map((row) => csvMoney(row.net, format.currency)),
        ],
      ],
    });

  const tooltip = (props: TooltipContentProps) => {
    const row = hoveredRow<Bucket>(props);
    if (!row) return null;
    const lines = causes
      .filter((cause) => (row.byCause[cause] ?? 0) !== 0)
      .sort((a, b) => (row.byCause[b] ?? 0) - (row.byCause[a] ?? 0))
      .map((cause) => ({
        key: cause,
        color: CAUSE_COLOR[cause],
        name: causeName(cause),
        value: format.money(row.byCause[cause] ?? 0),
      }));
    return (
      <TooltipBox
        title={chart.bucketName(row.start)}
        lines={[
          ...lines,
          { key: 'net', name: t('reports.causes.allCauses'), value: format.money(row.net), strong: true },
          {
            key: 'count',
            color: CHART_COLOR.count,
            name: t('reports.causes.incidents'),
            value: format.number(row.incidents),
          },
        ]}
      />
    );
  };

  const points = report.buckets.length * Math.max(1, causes.length);
  return (
    <ReportSection
      title={t('reports.causes.title')}
      description={t('reports.causes.description')}
      onDownload={report.totals.count > 0 ? download : undefined}
      testId="report-causes"
    >
      {report.totals.count === 0 ? (
        <NothingToDraw>{t('reports.causes.none')}</NothingToDraw>
      ) : (
        <>
          <ChartBox name="causes">
            <ResponsiveContainer width="100%" height="100%">
              <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                <CartesianGrid vertical={false} stroke={CHART_COLOR.grid} />
                {/* Bands, as a bar chart has: BarsLayer fills 80% of each. */}
                <XAxis {...bucketAxisProps(chart)} scale="band" />
                <YAxis {...moneyAxisProps(chart)} />
                <YAxis
                  yAxisId="count"
                  orientation="right"
                  allowDecimals={false}
                  tick={{ fontSize: 12 }}
                  width={40}
                />
                <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)', pointerEvents: 'none' }} />
                {/* The stacks' tops and bottoms, unseen: they give the money axis its range. */}
                <Line yAxisId="money" dataKey="up" {...HIDDEN_LINE} />
                <Line yAxisId="money" dataKey="down" {...HIDDEN_LINE} />
                <BarsLayer
                  rows={rows}
                  series={series}
                  yAxisId="money"
                  onPick={(row, cause) => drill(cause as LossCause, row.start)}
                />
                <Line
                  yAxisId="count"
                  dataKey="incidents"
                  name={t('reports.causes.incidents')}
                  stroke={CHART_COLOR.count}
                  strokeWidth={2}
                  dot={report.buckets.length <= 60 ? { r: 3 } : false}
                  isAnimationActive={points <= ANIMATION_LIMIT}
                />
              </ComposedChart>
            </ResponsiveContainer>
          </ChartBox>
          <Text size="xs" c="dimmed">
            {t('reports.causes.axes')}
          </Text>
          {withTable && <CauseTable report={report} granularity={granularity} onCell={drill} />}
        </>
      )}
    </ReportSection>
  );
});
