import { Anchor, Box, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  Bar,
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
import type { IncidentCause } from '../../../../shared/domain/enums';
import { useFormatters } from '../../lib/format';
import { ANIMATION_LIMIT, CAUSE_COLOR, CHART_COLOR, useChartFormatters } from './chart-format';
import { ChartBox, hoveredRow, NothingToDraw, ReportSection, TooltipBox } from './ChartParts';
import { csvFileName, downloadCsv, majorUnits } from './csv';
import type { Drill } from './IncidentsDrawer';
import { bucketRange, type Granularity, type Period } from './period';

/** Past this many weeks or months the table shows each cause's total only (the CSV keeps them all). */
const TABLE_MAX_BUCKETS = 60;

type Bucket = PeriodReport['buckets'][number];

interface SectionProps {
  report: PeriodReport;
  granularity: Granularity;
  onDrill: (drill: Drill) => void;
}

/** Losses by cause over time: a stacked bar per week or month, with the number of incidents. */
export function CauseSection({ report, granularity, onDrill }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const period: Period = { from: report.from, to: report.to };
  const causes = report.byCause.map((row) => row.cause);
  const causeName = (cause: IncidentCause) => t(`codes.incidentCause.${cause}`);
  const whole = t('reports.period.days', { from: format.day(period.from), to: format.day(period.to) });

  const drill = (cause: IncidentCause, start: string | null) =>
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
          majorUnits(b.net, format.currency),
          ...causes.map((cause) => majorUnits(b.byCause[cause] ?? 0, format.currency)),
        ]),
        [
          t('reports.csv.total'),
          report.totals.count,
          majorUnits(report.totals.net, format.currency),
          ...report.byCause.map((row) => majorUnits(row.net, format.currency)),
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
              <ComposedChart data={report.buckets} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                <CartesianGrid vertical={false} stroke={CHART_COLOR.grid} />
                <XAxis
                  dataKey="start"
                  tickFormatter={chart.bucketTick}
                  tick={{ fontSize: 12 }}
                  minTickGap={12}
                />
                <YAxis
                  yAxisId="money"
                  tickFormatter={chart.compactMoney}
                  tick={{ fontSize: 12 }}
                  width={72}
                />
                <YAxis
                  yAxisId="count"
                  orientation="right"
                  allowDecimals={false}
                  tick={{ fontSize: 12 }}
                  width={40}
                />
                <Tooltip content={tooltip} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
                {causes.map((cause) => (
                  <Bar
                    key={cause}
                    yAxisId="money"
                    dataKey={(b: Bucket) => b.byCause[cause] ?? 0}
                    name={causeName(cause)}
                    stackId="loss"
                    fill={CAUSE_COLOR[cause]}
                    cursor="pointer"
                    isAnimationActive={points <= ANIMATION_LIMIT}
                    onClick={(item) => drill(cause, (item.payload as Bucket).start)}
                  />
                ))}
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
          <CauseTable report={report} granularity={granularity} onCell={drill} />
        </>
      )}
    </ReportSection>
  );
}

/**
 * The chart as a table: a row per cause (its colour is the legend), a column per bar and the
 * total; every amount opens the incidents behind it, so the keyboard reaches what a click does.
 */
function CauseTable({
  report,
  granularity,
  onCell,
}: {
  report: PeriodReport;
  granularity: Granularity;
  onCell: (cause: IncidentCause, start: string | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters(granularity, report);
  const buckets = report.buckets.length <= TABLE_MAX_BUCKETS ? report.buckets : [];
  // Amounts read as plain figures and underline on hover; each one is a button all the same.
  const amount = (value: number, label: string, open: () => void, always = false) =>
    value === 0 && !always ? (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    ) : (
      <Anchor
        component="button"
        type="button"
        onClick={open}
        aria-label={label}
        size="sm"
        c="dark"
        underline="hover"
        fw="inherit"
      >
        {format.money(value)}
      </Anchor>
    );

  return (
    <>
      {buckets.length === 0 && (
        <Text size="xs" c="dimmed">
          {t('reports.causes.tooManyColumns', { n: TABLE_MAX_BUCKETS })}
        </Text>
      )}
      <Table.ScrollContainer minWidth={500} type="native">
        <Table
          striped
          withColumnBorders
          fz="sm"
          aria-label={t('reports.causes.tableLabel')}
          data-testid="causes-table"
          style={{ whiteSpace: 'nowrap' }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.cause')}
              </Table.Th>
              <Table.Th ta="right">{t('reports.causes.incidents')}</Table.Th>
              {buckets.map((b) => (
                <Table.Th key={b.start} ta="right">
                  {chart.bucketTick(b.start)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('reports.table.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byCause.map((row) => (
              <Table.Tr key={row.cause} data-cause={row.cause}>
                <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <Box w={10} h={10} style={{ borderRadius: 2, background: CAUSE_COLOR[row.cause] }} />
                    <Text size="sm" fw={500}>
                      {t(`codes.incidentCause.${row.cause}`)}
                    </Text>
                  </Group>
                </Table.Th>
                <Table.Td ta="right">{format.number(row.count)}</Table.Td>
                {buckets.map((b) => (
                  <Table.Td key={b.start} ta="right">
                    {amount(
                      b.byCause[row.cause] ?? 0,
                      t('reports.causes.cellLabel', {
                        cause: t(`codes.incidentCause.${row.cause}`),
                        when: chart.bucketName(b.start),
                      }),
                      () => onCell(row.cause, b.start),
                    )}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {amount(
                    row.net,
                    t('reports.causes.totalLabel', { cause: t(`codes.incidentCause.${row.cause}`) }),
                    () => onCell(row.cause, null),
                    true,
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.allCauses')}
              </Table.Th>
              <Table.Td ta="right" fw={700}>
                {format.number(report.totals.count)}
              </Table.Td>
              {buckets.map((b) => (
                <Table.Td key={b.start} ta="right" fw={700}>
                  {format.money(b.net)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} data-testid="causes-total-net">
                {format.money(report.totals.net)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th style={{ position: 'sticky', left: 0, background: 'white', zIndex: 1 }}>
                {t('reports.causes.incidents')}
              </Table.Th>
              <Table.Td />
              {buckets.map((b) => (
                <Table.Td key={b.start} ta="right">
                  {format.number(b.incidents)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {format.number(report.totals.count)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
