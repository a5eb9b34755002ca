import { Badge, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { PROFIT_CLASSES } from '../../../../shared/contract/reports';
import { csvMoney } from '../../../../shared/domain/csv';
import { useVirtualRows, VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormatters } from '../../lib/format';
import { CLASS_COLOR, useChartFormatters, type ProfitClass } from './chart-format';
import { NothingToDraw, ReportSection } from './ChartParts';
import { csvFileName, downloadCsv } from './csv';
import { ProfitScatter, type ScatterPoint } from './ProfitScatter';
import { useProfitPages, type ProfitFilter, type ProfitRow } from './use-profit-pages';

type Profitability = ChannelOutput<'reports.profitability'>;
type Point = ScatterPoint;

export const PROFIT_ORDERS = ['profit_asc', 'profit_desc', 'losses_desc', 'revenue_desc'] as const;
type Order = (typeof PROFIT_ORDERS)[number];

/** The same rule as main's, on a point (the scatter's points come without a class). */
function classify(point: Profitability['points'][number], rule: Profitability['rule']): Point {
  const margin = Math.round((point.revenue * rule.marginPercent) / 100);
  const profit = margin - point.losses;
  const band = Math.round((margin * rule.bandPercent) / 100);
  const cls: ProfitClass = profit > band ? 'profitable' : profit < -band ? 'loss_making' : 'break_even';
  return { ...point, profit, class: cls };
}

interface ProfitabilitySectionProps {
  data: Profitability;
  filter: ProfitFilter;
  onFilter: (filter: ProfitFilter) => void;
  fetching: boolean;
}

/**
 * Which customers still bring profit and which only losses (all time): revenue against losses
 * coloured by class, the count per class, the rule in words, and the ranked list.
 */
export const ProfitabilitySection = memo(function ProfitabilitySection({
  data,
  filter,
  onFilter,
  fetching,
}: ProfitabilitySectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const chart = useChartFormatters('month');
  const points = useMemo(() => data.points.map((point) => classify(point, data.rule)), [data]);
  const counted = data.classes.profitable + data.classes.break_even + data.classes.loss_making;

  const download = () =>
    downloadCsv(csvFileName('customer-profitability', null), {
      header: [
        t('reports.csv.customerId'),
        t('reports.table.customer'),
        t('reports.csv.revenue', { currency: format.currency }),
        t('reports.csv.losses', { currency: format.currency }),
        t('reports.csv.profit', { currency: format.currency }),
        t('reports.csv.class'),
      ],
      rows: points.map((p) => [
        p.id,
        p.name,
        csvMoney(p.revenue, format.currency),
        csvMoney(p.losses, format.currency),
        csvMoney(p.profit, format.currency),
        t(`reports.profit.class.${p.class}`),
      ]),
    });

  return (
    <ReportSection
      title={t('reports.profit.title')}
      description={t('reports.profit.description')}
      onDownload={points.length > 0 ? download : undefined}
      testId="report-profit"
    >
      <Group gap="sm" data-testid="profit-classes">
        {PROFIT_CLASSES.map((cls) => (
          <Badge
            key={cls}
            size="lg"
            variant="light"
            color={CLASS_COLOR[cls]}
            data-class={cls}
            leftSection={<span aria-hidden>●</span>}
          >
            {t(`reports.profit.class.${cls}`)}: {format.number(data.classes[cls])}
          </Badge>
        ))}
      </Group>
      <Text size="sm" data-testid="profit-rule">
        {t('reports.profit.rule', {
          margin: chart.percent(data.rule.marginPercent),
          band: chart.percent(data.rule.bandPercent),
        })}
      </Text>
      {counted === 0 ? (
        <NothingToDraw>{t('reports.profit.none')}</NothingToDraw>
      ) : (
        <>
          <ProfitScatter points={points} marginPercent={data.rule.marginPercent} />
          <Text size="xs" c="dimmed">
            {t('reports.profit.pointsNote', {
              n: format.number(points.length),
              total: format.number(counted),
            })}
          </Text>
        </>
      )}
      <Group gap="lg" align="flex-end">
        <div>
          <Text size="sm" fw={500} mb={2} id="profit-class-label">
            {t('reports.profit.show')}
          </Text>
          <SegmentedControl
            aria-labelledby="profit-class-label"
            data={[
              { value: 'all', label: t('reports.profit.all', { n: format.number(counted) }) },
              ...PROFIT_CLASSES.map((cls) => ({
                value: cls,
                label: `${t(`reports.profit.class.${cls}`)} (${format.number(data.classes[cls])})`,
              })),
            ]}
            value={filter.class ?? 'all'}
            onChange={(value) =>
              onFilter({ ...filter, class: value === 'all' ? undefined : (value as ProfitClass) })
            }
          />
        </div>
        <Select
          w={260}
          label={t('reports.profit.order')}
          data={PROFIT_ORDERS.map((order) => ({ value: order, label: t(`reports.profit.orders.${order}`) }))}
          value={filter.order}
          allowDeselect={false}
          onChange={(value) => value && onFilter({ ...filter, order: value as Order })}
        />
        {fetching && (
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        )}
      </Group>
      {data.total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.profit.noneOfClass')}
        </Text>
      ) : (
        // Keyed by the filter: another class or order starts again at the top.
        <ProfitTable key={`${filter.class ?? 'all'}-${filter.order}`} filter={filter} total={data.total} />
      )}
    </ReportSection>
  );
});

const ROW_HEIGHT = 40;

/** The ranked customers: only the rows in view are rendered, their pages fetched as it scrolls. */
function ProfitTable({ filter, total }: { filter: ProfitFilter; total: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const { scrollerRef, ...rows } = useVirtualRows(total, ROW_HEIGHT);
  const pages = useProfitPages(filter, rows.first, rows.last);
  const red = (value: number) => ({ c: value < 0 ? 'red.8' : undefined });
  const columns: VirtualColumn<ProfitRow>[] = [
    {
      label: t('reports.table.customer'),
      width: 'minmax(180px, 2fr)',
      text: { fw: 600, truncate: true },
      cell: (row) => row.name || t('card.unnamed'),
    },
    {
      label: t('reports.table.revenue'),
      width: '130px',
      align: 'right',
      cell: (row) => format.money(row.revenue),
    },
    {
      label: t('reports.table.margin'),
      width: '120px',
      align: 'right',
      cell: (row) => format.money(row.margin),
    },
    {
      label: t('reports.table.losses'),
      width: '120px',
      align: 'right',
      text: (row) => ({ c: row.losses > 0 ? 'red.8' : undefined }),
      cell: (row) => format.money(row.losses),
    },
    {
      label: t('reports.table.incidents'),
      width: '90px',
      align: 'right',
      cell: (row) => format.number(row.incidents),
    },
    {
      label: t('reports.table.profit'),
      width: '130px',
      align: 'right',
      text: (row) => ({ fw: 700, ...red(row.profit) }),
      cell: (row) => format.money(row.profit),
    },
    {
      label: t('reports.table.class'),
      width: '130px',
      text: 'block',
      cell: (row) => (
        <Badge size="sm" variant="light" color={CLASS_COLOR[row.class]}>
          {t(`reports.profit.class.${row.class}`)}
        </Badge>
      ),
    },
  ];
  return (
    <Stack gap={4}>
      <VirtualTable
        label={t('reports.profit.tableLabel')}
        scrollerTestId="profit-scroller"
        rows={rows}
        scrollerRef={scrollerRef}
        rowAt={pages.rowAt}
        columns={columns}
        onOpen={(row) => void navigate(`/customers/${row.id}`)}
      />
    </Stack>
  );
}
